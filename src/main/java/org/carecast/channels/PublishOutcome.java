package org.carecast.channels;

import java.time.Instant;

/**
 * How an attempt to publish one post to one connected account ended, after the retry
 * rules of platform-apis.md §0.2 were applied. The publishing module turns each into a
 * post state.
 */
public sealed interface PublishOutcome {

	/** It is on the network (possibly found there by the duplicate check). */
	record Published(PublishedPost post) implements PublishOutcome {
	}

	/**
	 * Try again at {@code notBefore} (rate limit reset, backoff after an error, or a
	 * pause); nothing was created.
	 */
	record RetryLater(Instant notBefore, String reason) implements PublishOutcome {
	}

	/** The network refused it for good; {@code reason} is its message in plain words. */
	record Failed(String reason) implements PublishOutcome {
	}

	/**
	 * The account's authorization is gone even after one refresh; its admins have been
	 * told to reconnect it.
	 */
	record NeedsReconnection(String reason) implements PublishOutcome {
	}

}
