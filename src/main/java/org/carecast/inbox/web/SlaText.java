package org.carecast.inbox.web;

import java.time.Duration;
import java.time.Instant;

import org.carecast.inbox.SlaState;

/**
 * An SLA as words ("Overdue by 2 h 5 min"), so its state never depends on colour.
 */
final class SlaText {

	private SlaText() {
	}

	static String of(SlaState state, Instant dueAt, Instant now) {
		return switch (state) {
			case OVERDUE -> "Overdue by " + span(Duration.between(dueAt, now));
			case DUE_SOON -> "Due soon: in " + span(Duration.between(now, dueAt));
			case OK -> "Due in " + span(Duration.between(now, dueAt));
			case STOPPED -> "No clock (not open)";
		};
	}

	static String span(Duration d) {
		long minutes = Math.max(0, d.toMinutes());
		if (minutes < 60) {
			return minutes + " min";
		}
		long hours = minutes / 60;
		if (hours < 48) {
			return hours + " h " + (minutes % 60) + " min";
		}
		return (hours / 24) + " days";
	}

}
