package org.carecast.channels;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The one door other modules use to put a post on a network. It applies the retry rules
 * of platform-apis.md §0.2 so that calling it again for the same post (same idempotency
 * key) after a crash or an unknown outcome never creates a second post.
 *
 * <p>
 * SKELETON: the channels-core work replaces these bodies; the signatures are the contract
 * the publishing module codes against.
 */
@Service
public class ChannelPublisher {

	/**
	 * Publishes {@code post} to the organization's connected account.
	 * @param previousAttempts how many attempts for this idempotency key ended without an
	 * answer or with an error before this one (drives the backoff)
	 * @param firstAttemptAt when the first attempt for this idempotency key started, or
	 * null if this is the first; a later attempt runs the duplicate check first
	 */
	public PublishOutcome publish(UUID organizationId, UUID accountId, OutboundPost post, int previousAttempts,
			@Nullable Instant firstAttemptAt) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** The organization's connected accounts, newest first. */
	public List<ConnectedAccount> accounts(UUID organizationId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** One of the organization's accounts; empty when it is not theirs. */
	public Optional<ConnectedAccount> account(UUID organizationId, UUID accountId) {
		throw new UnsupportedOperationException("not built yet");
	}

}
