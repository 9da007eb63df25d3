package org.carecast.guardrail;

/**
 * One label the triage gave an inbound item and why.
 *
 * @param label the label
 * @param score how sure the triage is, from 0 to 1
 * @param reason a short plain-language explanation a responder can read, naming the cue
 * (never quoting more of the item than the cue itself)
 */
public record TriageDecision(TriageLabel label, double score, String reason) {

}
