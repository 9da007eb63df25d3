package org.carecast.guardrail.internal.triage;

/**
 * What a group of lexicon phrases means: the group's name (read by the rules), its weight
 * as evidence, and the plain-language reason a responder reads.
 *
 * @param group the group, for example {@code ideation} or {@code drug}
 * @param weight evidence from 0 to 1
 * @param reason one short sentence naming the cue, never the user's words
 */
record Cue(String group, double weight, String reason) {

}
