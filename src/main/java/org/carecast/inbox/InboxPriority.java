package org.carecast.inbox;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.carecast.guardrail.TriageLabel;

/**
 * How soon an item needs a person, most urgent first. Stored as its ordinal, so that the
 * list sorts ascending.
 */
public enum InboxPriority {

	/** A crisis: someone may be in danger. */
	URGENT("Urgent"),
	/** A possible adverse event, or health information shared in the open. */
	HIGH("High"),
	/** A question, appointment, complaint or myth that deserves an answer. */
	NORMAL("Normal"),
	/** Praise, spam and everything else. */
	LOW("Low");

	private final String label;

	InboxPriority(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The priority of an item with these triage labels and guardrail flags: crisis first,
	 * then adverse events and PHI, then what needs an answer, then the rest.
	 */
	public static InboxPriority of(Collection<TriageLabel> labels, boolean phiFound, boolean misinformationFound) {
		if (labels.contains(TriageLabel.CRISIS)) {
			return URGENT;
		}
		if (labels.contains(TriageLabel.ADVERSE_EVENT) || phiFound) {
			return HIGH;
		}
		if (labels.contains(TriageLabel.MEDICAL_QUESTION) || labels.contains(TriageLabel.COMPLAINT)
				|| labels.contains(TriageLabel.MISINFORMATION) || labels.contains(TriageLabel.APPOINTMENT)
				|| misinformationFound) {
			return NORMAL;
		}
		return LOW;
	}

	public static Optional<InboxPriority> fromCode(String code) {
		for (InboxPriority p : values()) {
			if (p.code().equalsIgnoreCase((code != null) ? code.trim() : "")) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

}
