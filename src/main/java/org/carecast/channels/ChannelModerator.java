package org.carecast.channels;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.internal.AccountSessions;
import org.carecast.channels.internal.ConnectorRegistry;
import org.carecast.channels.internal.Networks;
import org.carecast.channels.internal.ReconnectionMarker;
import org.carecast.channels.internal.RefreshingSession;
import org.carecast.channels.internal.StoredAccount;
import org.carecast.channels.internal.TokenCipher;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;

/**
 * Hides, shows again or deletes inbound comments on the networks whose APIs allow it (see
 * each connector's {@link ChannelConnector#hideComment} and
 * {@link ChannelConnector#deleteComment}). One refresh after a refused token, then the
 * account is marked for reconnection. No database transaction spans the network call; the
 * caller records the outcome (and audits it) afterwards.
 */
@Service
public class ChannelModerator {

	private final AccountSessions sessions;

	private final ConnectorRegistry connectors;

	private final ReconnectionMarker reconnections;

	private final Clock clock;

	ChannelModerator(AccountSessions sessions, ConnectorRegistry connectors, ReconnectionMarker reconnections,
			Clock clock) {
		this.sessions = sessions;
		this.connectors = connectors;
		this.reconnections = reconnections;
		this.clock = clock;
	}

	/**
	 * @param kind what the item is; only comments (and replies) can be moderated
	 * @throws ResourceNotFoundException when the account is not the organization's
	 */
	public ModerationOutcome moderate(UUID organizationId, UUID accountId, InboundKind kind, String remoteId,
			ModerationAction action) {
		StoredAccount account = this.sessions.find(organizationId, accountId)
			.orElseThrow(() -> new ResourceNotFoundException("Channel account"));
		String label = Networks.label(account.network());
		if (kind != InboundKind.COMMENT) {
			return new ModerationOutcome.NotSupported("Only comments and replies can be hidden or deleted. "
					+ "Mentions and messages belong to their authors; mute or block them in " + label + ".");
		}
		if (account.status() != ConnectedAccount.Status.CONNECTED) {
			return new ModerationOutcome.Failed(
					"The " + label + " account " + account.handle() + " needs an administrator to connect it again.");
		}
		Optional<ChannelConnector> connector = this.connectors.find(account.network());
		if (connector.isEmpty()) {
			return new ModerationOutcome.Failed("This installation of Carecast has no " + label + " connector.");
		}
		try {
			RefreshingSession session = RefreshingSession.open(this.sessions, connector.get(), account, this.clock);
			return session.call((s) -> switch (action) {
				case HIDE -> connector.get().hideComment(s, remoteId, true);
				case UNHIDE -> connector.get().hideComment(s, remoteId, false);
				case DELETE -> connector.get().deleteComment(s, remoteId);
			});
		}
		catch (AuthorizationExpiredException ex) {
			this.reconnections.mark(account);
			return new ModerationOutcome.Failed(label + " no longer accepts Carecast's authorization for "
					+ account.handle() + ". An administrator needs to connect the account again.");
		}
		catch (RateLimitedException ex) {
			return new ModerationOutcome.Failed(label + " asked Carecast to slow down. Try again in a few minutes.");
		}
		catch (ChannelException ex) {
			return new ModerationOutcome.Failed(ex.getMessage());
		}
		catch (TokenCipher.TokenDecryptionException ex) {
			return new ModerationOutcome.Failed("Carecast cannot read this account's stored credentials.");
		}
	}

}
