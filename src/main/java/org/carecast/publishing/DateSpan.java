package org.carecast.publishing;

import java.time.LocalDate;

/**
 * Consecutive days, both ends included.
 */
public record DateSpan(LocalDate first, LocalDate last) {

	public DateSpan {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("a span ends on or after its first day");
		}
	}

	public boolean overlaps(LocalDate from, LocalDate to) {
		return !this.first.isAfter(to) && !this.last.isBefore(from);
	}

	public boolean contains(LocalDate day) {
		return overlaps(day, day);
	}

}
