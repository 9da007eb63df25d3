package org.carecast.guardrail.internal.triage;

import java.util.Optional;

import org.carecast.guardrail.TriageDecision;

/**
 * Decides one triage label from the cues found in a text. Stateless and thread-safe.
 */
interface LabelRule {

	Optional<TriageDecision> decide(Evidence evidence);

}
