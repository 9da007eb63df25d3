package org.carecast.guardrail.internal.phi;

/**
 * A run of capitalised words or initials that may be a person's name.
 *
 * @param first index of its first token
 * @param last index of its last token
 * @param start offset where it starts
 * @param end offset after it (a possessive 's is left out)
 */
record Mention(int first, int last, int start, int end) {

	int tokenCount() {
		return this.last - this.first + 1;
	}

}
