package org.carecast.guardrail.internal.triage;

import java.util.EnumMap;
import java.util.Map;

import org.carecast.guardrail.TriageDecision;
import org.carecast.guardrail.TriageLabel;

/**
 * Settles labels that rarely belong together. Spam is an ad whatever health words it
 * borrows; a myth's rhetorical questions and anecdotes are not questions or side-effect
 * reports; a polite "thanks" on a complaint is not praise, and a grumble about the wait
 * inside a thank-you note is not a complaint.
 */
final class LabelConflicts {

	private LabelConflicts() {
	}

	static void settle(Map<TriageLabel, TriageDecision> labels, Evidence evidence) {
		if (labels.containsKey(TriageLabel.SPAM)) {
			EnumMap<TriageLabel, TriageDecision> kept = new EnumMap<>(TriageLabel.class);
			for (TriageLabel keep : new TriageLabel[] { TriageLabel.CRISIS, TriageLabel.SPAM,
					TriageLabel.MISINFORMATION }) {
				if (labels.containsKey(keep)) {
					kept.put(keep, labels.get(keep));
				}
			}
			labels.clear();
			labels.putAll(kept);
		}
		if (labels.containsKey(TriageLabel.MISINFORMATION)) {
			labels.remove(TriageLabel.ADVERSE_EVENT);
			labels.remove(TriageLabel.MEDICAL_QUESTION);
			labels.remove(TriageLabel.PRAISE);
		}
		boolean strongComplaint = evidence.has("complaint_strong");
		boolean strongPraise = evidence.has("praise_strong");
		if (labels.containsKey(TriageLabel.PRAISE) && strongComplaint && !strongPraise) {
			labels.remove(TriageLabel.PRAISE);
		}
		if (labels.containsKey(TriageLabel.COMPLAINT) && strongPraise && !strongComplaint) {
			labels.remove(TriageLabel.COMPLAINT);
		}
	}

}
