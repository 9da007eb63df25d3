package org.carecast.inbox.adverse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored adverse-event report. It may hold health information about a person, so
 * {@link #toString()} shows only ids and state.
 *
 * @param sourceItemId the inbox item it was captured from, if any
 * @param prefillNotes why each field was filled in from the item's text, one line each
 * @param version for optimistic locking: a change names the version it was made on
 */
public record AdverseEventReport(UUID id, UUID organizationId, @Nullable UUID sourceItemId, ReportFields fields,
		Status status, List<String> prefillNotes, UUID createdBy, Instant createdAt, Instant updatedAt,
		@Nullable Instant submittedAt, int version) {

	public AdverseEventReport {
		prefillNotes = List.copyOf(prefillNotes);
	}

	/** A draft is edited; a submitted report is read and exported, no longer changed. */
	public enum Status {

		DRAFT("Draft"), SUBMITTED("Submitted");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Override
	public String toString() {
		return "AdverseEventReport[" + this.id + ", " + this.status + ", v" + this.version + ", text hidden]";
	}

}
