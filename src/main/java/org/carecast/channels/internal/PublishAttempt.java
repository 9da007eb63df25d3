package org.carecast.channels.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.PublishOutcome;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt to publish one post to one connected account, following platform-apis.md
 * §0.2 to the letter: never resend after an unknown outcome without the duplicate check
 * (unless the network itself makes a resend safe), refresh at most once, and turn every
 * failure into a wait, a reconnection or a plain reason. Used once and thrown away.
 */
public final class PublishAttempt {

	/** How far before the first attempt the duplicate check looks, for clock skew. */
	public static final Duration DUPLICATE_CHECK_MARGIN = Duration.ofMinutes(2);

	/** How far back a duplicate reported without an earlier attempt is looked for. */
	static final Duration DUPLICATE_LOOKBACK = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(PublishAttempt.class);

	private final AccountSessions sessions;

	private final ReconnectionMarker reconnections;

	private final RetryDelays delays;

	private final Clock clock;

	private final ChannelConnector connector;

	private final StoredAccount account;

	private AccountSessions.@Nullable Opened opened;

	private boolean refreshed;

	public PublishAttempt(AccountSessions sessions, ReconnectionMarker reconnections, RetryDelays delays, Clock clock,
			ChannelConnector connector, StoredAccount account) {
		this.sessions = sessions;
		this.reconnections = reconnections;
		this.delays = delays;
		this.clock = clock;
		this.connector = connector;
		this.account = account;
	}

	public PublishOutcome run(OutboundPost post, int previousAttempts, @Nullable Instant firstAttemptAt) {
		try {
			this.opened = this.sessions.open(this.account);
			refreshIfExpiring();
			if (firstAttemptAt != null
					&& !firstAttemptAt.isAfter(this.clock.instant().minus(this.connector.idempotencyWindow()))) {
				// An earlier attempt may have created the post, and a resend would no
				// longer be recognised as the same: look before sending again.
				Instant notBefore = firstAttemptAt.minus(DUPLICATE_CHECK_MARGIN);
				Optional<PublishedPost> found = withOneRefresh(
						(session) -> this.connector.findPublished(session, post, notBefore));
				if (found.isPresent()) {
					return new PublishOutcome.Published(found.get());
				}
			}
			return new PublishOutcome.Published(withOneRefresh((session) -> this.connector.publish(session, post)));
		}
		catch (AuthorizationExpiredException ex) {
			return reconnect();
		}
		catch (RejectedException ex) {
			return ex.duplicate() ? recoverDuplicate(ex, post, previousAttempts, firstAttemptAt)
					: new PublishOutcome.Failed(ex.getMessage());
		}
		catch (RateLimitedException ex) {
			return rateLimited(ex, previousAttempts);
		}
		catch (TemporaryFailureException ex) {
			return temporaryFailure(ex, previousAttempts);
		}
		catch (OutcomeUnknownException ex) {
			return new PublishOutcome.RetryLater(
					this.clock.instant().plus(this.delays.outcomeUnknown(previousAttempts)),
					ex.getMessage() + ". Carecast checks whether the post exists before it tries again.");
		}
		catch (TokenCipher.TokenDecryptionException ex) {
			// A key problem of this installation, not of the post: wait for an operator.
			log.error("Credentials of channel account {} cannot be decrypted: {}", this.account.id(), ex.getMessage());
			return new PublishOutcome.RetryLater(this.clock.instant().plus(Duration.ofMinutes(15)),
					"Carecast cannot read this account's stored credentials; its encryption key settings need "
							+ "checking.");
		}
	}

	private void refreshIfExpiring() {
		if (!current().credentials().expiresWithin(this.clock.instant(), 60)) {
			return;
		}
		try {
			refresh();
		}
		catch (AuthorizationExpiredException ex) {
			if (current().credentials().expiresWithin(this.clock.instant(), 0)) {
				throw ex;
			}
			// This network has no refresh for the account; the token still works briefly.
		}
	}

	private <T> T withOneRefresh(Function<ChannelSession, T> call) {
		try {
			return call.apply(current());
		}
		catch (AuthorizationExpiredException ex) {
			if (this.refreshed) {
				throw ex;
			}
			refresh();
			return call.apply(current());
		}
	}

	private void refresh() {
		this.refreshed = true;
		this.opened = this.sessions.refresh(this.opened, this.connector);
	}

	private ChannelSession current() {
		return this.opened.session();
	}

	private PublishOutcome reconnect() {
		this.reconnections.mark(this.account);
		log.warn("Channel account {} on {} needs reconnecting", this.account.id(), this.account.network().code());
		return new PublishOutcome.NeedsReconnection(label() + " no longer accepts Carecast's authorization for "
				+ this.account.handle() + ". An administrator needs to connect the account again.");
	}

	private PublishOutcome recoverDuplicate(RejectedException duplicate, OutboundPost post, int previousAttempts,
			@Nullable Instant firstAttemptAt) {
		Instant notBefore = (firstAttemptAt != null) ? firstAttemptAt.minus(DUPLICATE_CHECK_MARGIN)
				: this.clock.instant().minus(DUPLICATE_LOOKBACK);
		try {
			return withOneRefresh((session) -> this.connector.findPublished(session, post, notBefore))
				.<PublishOutcome>map(PublishOutcome.Published::new)
				.orElseGet(() -> new PublishOutcome.Failed(duplicate.getMessage()));
		}
		catch (AuthorizationExpiredException ex) {
			return reconnect();
		}
		catch (RejectedException ex) {
			return new PublishOutcome.Failed(duplicate.getMessage());
		}
		catch (ChannelException ex) {
			return new PublishOutcome.RetryLater(
					this.clock.instant().plus(this.delays.temporaryFailure(previousAttempts)),
					label() + " reported a duplicate, and Carecast could not look the existing post up yet.");
		}
	}

	private PublishOutcome rateLimited(RateLimitedException ex, int previousAttempts) {
		Instant now = this.clock.instant();
		Instant at;
		if (ex.retryAt() != null) {
			at = ex.retryAt().isAfter(now) ? ex.retryAt() : now.plusSeconds(1);
		}
		else if (ex.dailyCap()) {
			at = this.delays.nextDay(now);
		}
		else {
			at = now.plus(this.delays.rateLimited(previousAttempts));
		}
		return new PublishOutcome.RetryLater(at,
				ex.dailyCap() ? label() + "'s daily limit is used up." : label() + " asked Carecast to slow down.");
	}

	private PublishOutcome temporaryFailure(TemporaryFailureException ex, int previousAttempts) {
		if (this.delays.temporaryFailuresExhausted(previousAttempts)) {
			return new PublishOutcome.Failed(
					ex.getMessage() + " (gave up after " + RetryDelays.MAX_TEMPORARY_ATTEMPTS + " attempts).");
		}
		return new PublishOutcome.RetryLater(this.clock.instant().plus(this.delays.temporaryFailure(previousAttempts)),
				ex.getMessage());
	}

	private String label() {
		return Networks.label(this.account.network());
	}

}
