package org.carecast.guardrail.internal.triage;

/**
 * A cue found in a text: which one, and the words it covers.
 *
 * @param cue the cue
 * @param start index of its first word
 * @param end index after its last word
 * @param sentence the sentence it sits in
 */
record CueHit(Cue cue, int start, int end, int sentence) {

	String group() {
		return this.cue.group();
	}

}
