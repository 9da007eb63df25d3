package org.carecast.channels.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundStream;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.internal.AccountSessions;
import org.carecast.channels.internal.ChannelAccountStore;
import org.carecast.channels.internal.ConnectorRegistry;
import org.carecast.channels.internal.ReconnectionMarker;
import org.carecast.channels.internal.RefreshingSession;
import org.carecast.channels.internal.RetryDelays;
import org.carecast.channels.internal.StoredAccount;
import org.carecast.channels.internal.TokenCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls every stream of every connected account once. Run by one node at a time (the
 * recurring task of {@link InboundPollingConfiguration}); calling it directly is safe
 * too, since a page read twice is harmless. One account's trouble never stops the others:
 * a refused token marks that account for reconnection (after one refresh), a rate limit
 * holds its stream back until the network's reset, anything else until the next poll.
 */
@Component
public class InboundPoller {

	private static final Logger log = LoggerFactory.getLogger(InboundPoller.class);

	private static final Duration AFTER_REJECTION = Duration.ofMinutes(15);

	private final ChannelAccountStore accounts;

	private final AccountSessions sessions;

	private final ConnectorRegistry connectors;

	private final ReconnectionMarker reconnections;

	private final InboundCursors cursors;

	private final StreamPoll streamPoll;

	private final RetryDelays delays;

	private final Clock clock;

	InboundPoller(ChannelAccountStore accounts, AccountSessions sessions, ConnectorRegistry connectors,
			ReconnectionMarker reconnections, InboundCursors cursors, ApplicationEventPublisher events,
			TransactionTemplate transactions, InboundProperties properties, RetryDelays delays, Clock clock) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.connectors = connectors;
		this.reconnections = reconnections;
		this.cursors = cursors;
		this.streamPoll = new StreamPoll(cursors, events, transactions, clock, properties.maxPagesPerPoll());
		this.delays = delays;
		this.clock = clock;
	}

	/**
	 * @return how many items were handed to the inbox
	 */
	public int pollAll() {
		List<ChannelNetwork> readable = this.connectors.available()
			.stream()
			.filter((network) -> !this.connectors.find(network).orElseThrow().inboundStreams().isEmpty())
			.toList();
		int handed = 0;
		for (StoredAccount account : this.accounts.connected(readable)) {
			handed += poll(account);
		}
		return handed;
	}

	/** Polls the streams of one account; @return how many items were handed over. */
	public int poll(StoredAccount account) {
		Optional<ChannelConnector> found = this.connectors.find(account.network());
		if (found.isEmpty()) {
			return 0;
		}
		ChannelConnector connector = found.get();
		RefreshingSession session = null;
		int handed = 0;
		for (InboundStream stream : InboundStream.values()) {
			if (!connector.inboundStreams().contains(stream)) {
				continue;
			}
			InboundCursors.Position position = this.cursors.find(account.organizationId(), account.id(), stream);
			if (position.notBefore() != null && position.notBefore().isAfter(this.clock.instant())) {
				continue;
			}
			try {
				if (session == null) {
					session = RefreshingSession.open(this.sessions, connector, account, this.clock);
				}
				handed += this.streamPoll.run(account, connector, session, stream, position.cursor());
			}
			catch (AuthorizationExpiredException ex) {
				this.reconnections.mark(account);
				log.warn("Inbound polling: channel account {} on {} needs reconnecting", account.id(),
						account.network().code());
				return handed;
			}
			catch (RateLimitedException ex) {
				holdBack(account, stream, rateLimitEnd(ex), "Rate limited by the network");
			}
			catch (ChannelException ex) {
				Instant until = (ex instanceof RejectedException) ? this.clock.instant().plus(AFTER_REJECTION)
						: this.clock.instant();
				holdBack(account, stream, until, ex.getMessage());
			}
			catch (TokenCipher.TokenDecryptionException ex) {
				log.error("Inbound polling: credentials of channel account {} cannot be decrypted", account.id());
				return handed;
			}
			catch (RuntimeException ex) {
				// A listener failed: its transaction rolled back with the cursor, so the
				// same page comes again next time. The exception's text may quote items.
				log.error("Inbound polling: storing {} items of account {} failed ({})", stream, account.id(),
						ex.getClass().getSimpleName());
			}
		}
		return handed;
	}

	private Instant rateLimitEnd(RateLimitedException ex) {
		Instant now = this.clock.instant();
		if (ex.retryAt() != null && ex.retryAt().isAfter(now)) {
			return ex.retryAt();
		}
		return ex.dailyCap() ? this.delays.nextDay(now) : now.plus(Duration.ofMinutes(1));
	}

	private void holdBack(StoredAccount account, InboundStream stream, Instant until, String problem) {
		log.info("Inbound polling: {} of account {} held back until {}: {}", stream, account.id(), until, problem);
		this.cursors.holdBack(account.organizationId(), account.id(), stream, until, problem, this.clock.instant());
	}

}
