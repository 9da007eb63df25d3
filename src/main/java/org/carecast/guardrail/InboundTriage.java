package org.carecast.guardrail;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Labels inbound comments, mentions and messages (crisis, adverse event, question, ...)
 * and explains each label. Runs offline and is thread-safe.
 */
@Service
public class InboundTriage {

	// Placeholder until the classifier lands: everything is "other".
	public Triage classify(String text) {
		return new Triage(List.of(new TriageDecision(TriageLabel.OTHER, 0.0, "Not classified yet.")));
	}

}
