package org.carecast.inbox;

import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.guardrail.TriageLabel;
import org.jspecify.annotations.Nullable;

/**
 * What the inbox list shows. Every field may be null for "any", except the status.
 *
 * @param assignee a person's id, or null for anyone
 * @param unassigned only items nobody has taken
 * @param after the last row of the previous page, for keyset paging
 */
public record InboxFilter(InboxStatus status, @Nullable TriageLabel label, @Nullable ChannelNetwork network,
		@Nullable InboxPriority priority, @Nullable UUID assignee, boolean unassigned, @Nullable SlaState sla,
		@Nullable Cursor after) {

	public InboxFilter {
		status = (status != null) ? status : InboxStatus.OPEN;
	}

	/** Open items, most urgent first. */
	public static InboxFilter open() {
		return new InboxFilter(InboxStatus.OPEN, null, null, null, null, false, null, null);
	}

	public InboxFilter withLabel(TriageLabel l) {
		return new InboxFilter(this.status, l, this.network, this.priority, this.assignee, this.unassigned, this.sla,
				this.after);
	}

	public InboxFilter after(Cursor cursor) {
		return new InboxFilter(this.status, this.label, this.network, this.priority, this.assignee, this.unassigned,
				this.sla, cursor);
	}

	/** The sort key of a row: priority, SLA due time, id. */
	public record Cursor(int priority, java.time.Instant slaDueAt, UUID id) {

		public static @Nullable Cursor parse(@Nullable String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String[] parts = value.split("_", 3);
			try {
				return new Cursor(Integer.parseInt(parts[0]), java.time.Instant.ofEpochMilli(Long.parseLong(parts[1])),
						UUID.fromString(parts[2]));
			}
			catch (RuntimeException ex) {
				// A cursor edited by hand: start from the top.
				return null;
			}
		}

		public String value() {
			return this.priority + "_" + this.slaDueAt.toEpochMilli() + "_" + this.id;
		}

	}

}
