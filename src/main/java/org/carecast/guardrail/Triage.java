package org.carecast.guardrail;

import java.util.List;

/**
 * The labels of one inbound item, most urgent first; never empty
 * ({@link TriageLabel#OTHER} when nothing else applies).
 */
public record Triage(List<TriageDecision> decisions) {

	public Triage {
		decisions = List.copyOf(decisions);
	}

	public List<TriageLabel> labels() {
		return this.decisions.stream().map(TriageDecision::label).toList();
	}

	public boolean has(TriageLabel label) {
		return labels().contains(label);
	}

	/** The most urgent label. */
	public TriageLabel top() {
		return this.decisions.isEmpty() ? TriageLabel.OTHER : this.decisions.get(0).label();
	}

}
