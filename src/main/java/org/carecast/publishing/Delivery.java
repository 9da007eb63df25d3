package org.carecast.publishing;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.jspecify.annotations.Nullable;

/**
 * A post on its way to one account. The idempotency key is made once, before the first
 * attempt, and every retry sends the same one.
 */
public record Delivery(UUID id, UUID postId, UUID organizationId, UUID accountId, ChannelNetwork network, String handle,
		State state, UUID idempotencyKey, @Nullable String remoteId, @Nullable String remoteUrl, int attempts,
		@Nullable Instant firstAttemptAt, @Nullable Instant publishedAt, @Nullable String lastError) {

	public enum State {

		/** Created, not scheduled (the post went back to review). */
		PENDING("Not scheduled"),
		/** A task will send it at the post's time. */
		SCHEDULED("Scheduled"),
		/** An attempt is running. */
		SENDING("Sending"),
		/** It is on the network. */
		PUBLISHED("Published"),
		/** The network refused it for good. */
		FAILED("Failed"),
		/** It came due while publishing was paused. */
		HELD("Held by the pause"),
		/** Cancelled before it went out. */
		CANCELLED("Cancelled");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
