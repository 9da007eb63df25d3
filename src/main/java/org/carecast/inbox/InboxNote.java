package org.carecast.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A note the team wrote on an item, never shown to its author. It may quote the item, so
 * {@link #toString()} leaves the body out.
 */
public record InboxNote(UUID id, UUID itemId, UUID organizationId, UUID authorId, String authorName, String body,
		Instant createdAt) {

	@Override
	public String toString() {
		return "InboxNote[" + this.id + ", item " + this.itemId + ", " + this.body.length() + " chars]";
	}

}
