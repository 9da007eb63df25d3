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
		@Nullable Instant firstAttemptAt, @Nullable Instant publishedAt, @Nullable String lastError,
		FirstComment firstComment) {

	/**
	 * The variant's first comment, a reply under the published post. Its key is made
	 * once, when the post is published, and every retry of the comment sends it.
	 */
	public record FirstComment(CommentState state, @Nullable UUID key, @Nullable String remoteId,
			@Nullable String remoteUrl, @Nullable String error, int attempts, @Nullable Instant firstAttemptAt) {

		public static final FirstComment NONE = new FirstComment(CommentState.NONE, null, null, null, null, 0, null);

	}

	public enum CommentState {

		/** The variant has no first comment, or the post is not published yet. */
		NONE("Nothing to send yet"),
		/** A task will send it. */
		PENDING("Waiting to be sent"),
		/** An attempt is running. */
		SENDING("Sending"),
		/** It is under the post on the network. */
		PUBLISHED("Published"),
		/** The network refused it for good; the post itself stays published. */
		FAILED("Failed");

		private final String label;

		CommentState(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

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
