package org.carecast.guardrail.internal.text;

/**
 * Recognises emoji grapheme clusters without a full emoji table: pictographic blocks,
 * regional-indicator flags, keycaps, and any cluster with a variation selector or
 * zero-width joiner.
 */
public final class Emoji {

	private Emoji() {
	}

	public static boolean isEmoji(String grapheme) {
		if (grapheme.isEmpty()) {
			return false;
		}
		if (grapheme.indexOf('\uFE0F') >= 0 || grapheme.indexOf('\u200D') >= 0 || grapheme.indexOf('\u20E3') >= 0) {
			return true;
		}
		int first = grapheme.codePointAt(0);
		return (first >= 0x1F000 && first <= 0x1FAFF) || (first >= 0x2600 && first <= 0x27BF)
				|| (first >= 0x2300 && first <= 0x23FF) || (first >= 0x2B00 && first <= 0x2BFF) || first == 0x3030
				|| first == 0x303D || first == 0x3297 || first == 0x3299;
	}

}
