package org.carecast.guardrail;

import java.util.Locale;
import java.util.Optional;

/**
 * What an inbound comment, mention or message is about, as ../shared/eval/FORMAT.md names
 * it. The order is the order of urgency: a crisis goes before everything else.
 */
public enum TriageLabel {

	CRISIS, ADVERSE_EVENT, MEDICAL_QUESTION, APPOINTMENT, COMPLAINT, MISINFORMATION, PRAISE, SPAM, OTHER;

	/**
	 * The label as the evaluation format and the scan command's {@code labels} write it.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TriageLabel> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toUpperCase(Locale.ROOT);
		for (TriageLabel label : values()) {
			if (label.name().equals(wanted)) {
				return Optional.of(label);
			}
		}
		return Optional.empty();
	}

}
