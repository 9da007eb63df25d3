package org.carecast.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an open item stands against its answer time.
 */
public enum SlaState {

	OK("On time"), DUE_SOON("Due soon"), OVERDUE("Overdue"),
	/** Waiting or closed: the clock does not run. */
	STOPPED("No clock");

	private final String label;

	SlaState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static SlaState of(InboxStatus status, Instant dueAt, Instant now, Duration dueSoon) {
		if (status != InboxStatus.OPEN) {
			return STOPPED;
		}
		if (!now.isBefore(dueAt)) {
			return OVERDUE;
		}
		return now.plus(dueSoon).isBefore(dueAt) ? OK : DUE_SOON;
	}

	public static Optional<SlaState> fromCode(String code) {
		for (SlaState s : values()) {
			if (s.code().equalsIgnoreCase((code != null) ? code.trim() : "")) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

}
