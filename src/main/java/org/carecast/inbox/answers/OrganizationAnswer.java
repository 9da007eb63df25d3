package org.carecast.inbox.answers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One of the organization's own answers, as stored.
 *
 * @param version for optimistic locking: a change names the version it was made on
 */
public record OrganizationAnswer(UUID id, UUID organizationId, AnswerDetails details, Status status,
		@Nullable UUID approvedBy, @Nullable Instant approvedAt, Instant updatedAt, int version) {

	/** Where an answer stands: only approved ones are suggested. */
	public enum Status {

		DRAFT("Draft (not suggested)"), APPROVED("Approved"), RETIRED("Retired (not suggested)");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** Suggested in replies: approved and not past its review-by date. */
	public boolean suggestable(LocalDate today) {
		return this.status == Status.APPROVED && !this.details.reviewBy().isBefore(today);
	}

	public boolean reviewOverdue(LocalDate today) {
		return this.status == Status.APPROVED && this.details.reviewBy().isBefore(today);
	}

}
