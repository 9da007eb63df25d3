package org.carecast.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An approved post kept for reuse, with a copy of what was approved. Health advice ages:
 * after {@code reviewBy} the item cannot be reused until a reviewer has read it again and
 * set a new date.
 *
 * @param postId the post it was saved from
 */
public record LibraryItem(UUID id, UUID organizationId, UUID postId, String baseText, @Nullable String healthTopic,
		@Nullable String sources, LocalDate reviewBy, String savedBy, Instant savedAt, @Nullable String reviewedBy,
		@Nullable Instant reviewedAt, long version) {

	/** Whether its re-review date has passed on {@code today}. */
	public boolean expired(LocalDate today) {
		return this.reviewBy.isBefore(today);
	}

	@Override
	public String toString() {
		return "LibraryItem[" + this.id + ", review by " + this.reviewBy + "]";
	}

}
