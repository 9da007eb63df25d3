package org.carecast.channels.internal;

import java.util.UUID;

import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ConnectedAccount;
import org.carecast.shared.Actor;
import org.carecast.shared.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Disconnects an account: asks the network to revoke the token where it can, then deletes
 * the tokens from Carecast whatever the network said, because an administrator who
 * disconnects wants Carecast to hold nothing.
 */
@Service
public class Disconnections {

	private static final Logger log = LoggerFactory.getLogger(Disconnections.class);

	private final AccountSessions sessions;

	private final ConnectorRegistry connectors;

	private final AccountLinker linker;

	Disconnections(AccountSessions sessions, ConnectorRegistry connectors, AccountLinker linker) {
		this.sessions = sessions;
		this.connectors = connectors;
		this.linker = linker;
	}

	/**
	 * @return whether the network confirmed the revocation
	 * @throws ResourceNotFoundException when the account is not the actor's
	 * organization's
	 */
	public boolean disconnect(Actor actor, UUID accountId) {
		StoredAccount account = this.sessions.find(actor.organizationId(), accountId)
			.orElseThrow(() -> new ResourceNotFoundException("Channel account"));
		if (account.status() == ConnectedAccount.Status.DISCONNECTED) {
			return true;
		}
		boolean revoked = revoke(account);
		this.linker.forget(actor, this.sessions.find(actor.organizationId(), accountId).orElseThrow(), revoked);
		return revoked;
	}

	private boolean revoke(StoredAccount account) {
		ChannelConnector connector = this.connectors.find(account.network()).orElse(null);
		if (connector == null || account.sealedCredentials() == null) {
			return false;
		}
		try {
			AccountSessions.Opened opened = this.sessions.open(account);
			connector.revoke(opened.session().endpoint(), opened.session().credentials());
			return true;
		}
		catch (ChannelException | TokenCipher.TokenDecryptionException ex) {
			log.warn("Revoking the token of channel account {} at {} failed: {}", account.id(),
					account.network().code(), ex.getClass().getSimpleName());
			return false;
		}
	}

}
