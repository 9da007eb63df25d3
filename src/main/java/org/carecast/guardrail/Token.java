package org.carecast.guardrail;

/**
 * A token of the analysed text, by offsets only.
 *
 * @param start first index
 * @param end index after the token
 * @param kind what sort of token it is
 */
public record Token(int start, int end, Kind kind) {

	public int length() {
		return this.end - this.start;
	}

	/**
	 * Token kinds. Words may hold inner apostrophes and hyphens; handles and hashtags
	 * keep their sigil.
	 */
	public enum Kind {

		WORD, NUMBER, HANDLE, HASHTAG, PUNCT, SYMBOL

	}

}
