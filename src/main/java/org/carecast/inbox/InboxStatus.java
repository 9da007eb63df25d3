package org.carecast.inbox;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an item stands with the team.
 */
public enum InboxStatus {

	/** Needs someone; its SLA runs. */
	OPEN("Open"),
	/** Answered or asked back; waiting for the author or another team. */
	WAITING("Waiting"),
	/** Done. */
	CLOSED("Closed");

	private final String label;

	InboxStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<InboxStatus> fromCode(String code) {
		for (InboxStatus s : values()) {
			if (s.code().equalsIgnoreCase((code != null) ? code.trim() : "")) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

}
