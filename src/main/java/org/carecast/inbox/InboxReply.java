package org.carecast.inbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A reply sent (or being sent) from the inbox. The idempotency key came from the reply
 * form, so the same form sent twice is one reply.
 *
 * @param failureReason the network's refusal in plain words, when it failed
 */
public record InboxReply(UUID id, UUID itemId, UUID organizationId, UUID accountId, UUID idempotencyKey, Kind kind,
		String text, State state, @Nullable String remoteId, @Nullable String url, @Nullable String failureReason,
		int attempts, @Nullable Instant firstAttemptAt, String authorName, Instant createdAt) {

	public enum Kind {

		/** Written by a responder. */
		WRITTEN,
		/** The one-step crisis resources: 988, 911 and the organization's own line. */
		CRISIS_RESOURCES,
		/** The fixed "please message us privately" after hiding a comment with PHI. */
		MOVE_TO_PRIVATE

	}

	public enum State {

		SENDING("Sending"), SENT("Sent"), FAILED("Failed");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Override
	public String toString() {
		return "InboxReply[" + this.id + ", " + this.kind + ", " + this.state + ", " + this.text.length() + " chars]";
	}

}
