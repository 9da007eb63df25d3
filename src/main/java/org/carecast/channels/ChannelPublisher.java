package org.carecast.channels;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.internal.AccountSessions;
import org.carecast.channels.internal.ConnectorRegistry;
import org.carecast.channels.internal.DirectMessageConnector;
import org.carecast.channels.internal.Networks;
import org.carecast.channels.internal.PublishAttempt;
import org.carecast.channels.internal.ReconnectionMarker;
import org.carecast.channels.internal.RetryDelays;
import org.carecast.channels.internal.StoredAccount;
import org.carecast.shared.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The one door other modules use to put a post on a network. It applies the retry rules
 * of platform-apis.md §0.2 so that calling it again for the same post (same idempotency
 * key) after a crash or an unknown outcome never creates a second post.
 *
 * <p>
 * No database transaction spans a network call: the caller stores what it learned from
 * the outcome in its own transaction afterwards.
 */
@Service
public class ChannelPublisher {

	private final AccountSessions sessions;

	private final ReconnectionMarker reconnections;

	private final ConnectorRegistry connectors;

	private final RetryDelays delays;

	private final Clock clock;

	ChannelPublisher(AccountSessions sessions, ReconnectionMarker reconnections, ConnectorRegistry connectors,
			RetryDelays delays, Clock clock) {
		this.sessions = sessions;
		this.reconnections = reconnections;
		this.connectors = connectors;
		this.delays = delays;
		this.clock = clock;
	}

	/**
	 * Publishes {@code post} to the organization's connected account.
	 * @param previousAttempts how many attempts for this idempotency key ended without an
	 * answer or with an error before this one (drives the backoff)
	 * @param firstAttemptAt when the first attempt for this idempotency key started, or
	 * null if this is the first; a later attempt runs the duplicate check first
	 * @throws ResourceNotFoundException when the account is not the organization's
	 */
	public PublishOutcome publish(UUID organizationId, UUID accountId, OutboundPost post, int previousAttempts,
			@Nullable Instant firstAttemptAt) {
		return attempt(organizationId, accountId, (connector) -> connector, "publish").apply(post, previousAttempts,
				firstAttemptAt);
	}

	/**
	 * Sends {@code post} as a direct message into a conversation of the account, with the
	 * same retry rules as {@link #publish}. Where the network lets apps send none, or
	 * refuses this one (Messenger and Instagram outside 24 hours of the person's last
	 * message), the outcome is {@link PublishOutcome.Failed} with the reason in plain
	 * words. After an unknown outcome no network lets Carecast check whether the message
	 * arrived, so a later attempt fails rather than risk sending it twice (except on
	 * networks whose resends are idempotent, such as the sandbox).
	 * @param conversationId the item's {@link InboundItem#conversationId()}
	 * @throws ResourceNotFoundException when the account is not the organization's
	 */
	public PublishOutcome sendMessage(UUID organizationId, UUID accountId, String conversationId, OutboundPost post,
			int previousAttempts, @Nullable Instant firstAttemptAt) {
		return attempt(organizationId, accountId, (connector) -> new DirectMessageConnector(connector, conversationId),
				"send messages")
			.apply(post, previousAttempts, firstAttemptAt);
	}

	private interface Attempt {

		PublishOutcome apply(OutboundPost post, int previousAttempts, @Nullable Instant firstAttemptAt);

	}

	private Attempt attempt(UUID organizationId, UUID accountId,
			java.util.function.UnaryOperator<ChannelConnector> through, String what) {
		StoredAccount account = this.sessions.find(organizationId, accountId)
			.orElseThrow(() -> new ResourceNotFoundException("Channel account"));
		String label = Networks.label(account.network());
		if (account.status() == ConnectedAccount.Status.DISCONNECTED) {
			return (p, n, f) -> new PublishOutcome.NeedsReconnection("The " + label + " account " + account.handle()
					+ " was disconnected. Connect it again to " + what + ".");
		}
		if (account.status() != ConnectedAccount.Status.CONNECTED) {
			return (p, n, f) -> new PublishOutcome.NeedsReconnection(
					"The " + label + " account " + account.handle() + " needs an administrator to connect it again.");
		}
		Optional<ChannelConnector> connector = this.connectors.find(account.network());
		if (connector.isEmpty()) {
			return (p, n,
					f) -> new PublishOutcome.Failed("This installation of Carecast has no " + label + " connector.");
		}
		return (p, n, f) -> new PublishAttempt(this.sessions, this.reconnections, this.delays, this.clock,
				through.apply(connector.get()), account)
			.run(p, n, f);
	}

	/** The organization's connected accounts, newest first. */
	public List<ConnectedAccount> accounts(UUID organizationId) {
		return this.sessions.list(organizationId).stream().map(StoredAccount::view).toList();
	}

	/** One of the organization's accounts; empty when it is not theirs. */
	public Optional<ConnectedAccount> account(UUID organizationId, UUID accountId) {
		return this.sessions.find(organizationId, accountId).map(StoredAccount::view);
	}

}
