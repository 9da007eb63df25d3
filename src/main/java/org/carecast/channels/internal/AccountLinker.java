package org.carecast.channels.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.linkedin.LinkedInConnector;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what a network granted as an organization's connected account, forgets it on
 * disconnect, and audits both in the same transaction. Audit summaries name the network
 * and the account's public handle, never a token, code or password.
 */
@Component
public class AccountLinker {

	private static final int HANDLE_LIMIT = 300;

	private final ChannelAccountStore store;

	private final CredentialsVault vault;

	private final ChannelsProperties properties;

	private final AuditTrail auditTrail;

	private final Clock clock;

	AccountLinker(ChannelAccountStore store, CredentialsVault vault, ChannelsProperties properties,
			AuditTrail auditTrail, Clock clock) {
		this.store = store;
		this.vault = vault;
		this.properties = properties;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * Connects the account, or reconnects it when the organization already has this
	 * network account.
	 * @param actor who connected it; null for the system (demo data)
	 * @param actorName the name the audit trail shows
	 */
	@Transactional
	public ConnectedAccount link(UUID organizationId, @Nullable Actor actor, String actorName, ChannelNetwork network,
			ChannelEndpoint endpoint, ChannelCredentials credentials) {
		Instant now = this.clock.instant();
		Optional<StoredAccount> existing = this.store.findByRemote(organizationId, network, credentials.accountId());
		UUID id = existing.map(StoredAccount::id).orElseGet(UUID::randomUUID);
		credentials = keepLinkedInPage(network, existing.orElse(null), credentials);
		boolean ownServer = !endpoint.equals(this.properties.endpoint(network));
		String handle = handle(credentials);
		StoredAccount account = new StoredAccount(id, organizationId, network, handle, credentials.accountId(),
				ConnectedAccount.Status.CONNECTED, ownServer, endpoint.baseUrl(), endpoint.apiVersion(),
				endpoint.clientId(),
				(ownServer && endpoint.clientSecret() != null)
						? this.vault.sealSecret(endpoint.clientSecret(), "client-secret", id) : null,
				this.vault.seal(credentials, id), (actor != null) ? actor.userId() : null, now, now,
				existing.map(StoredAccount::version).orElse(0L));
		if (existing.isEmpty()) {
			this.store.insert(account);
		}
		else if (!this.store.update(account)) {
			throw new ConflictException("channel_account_changed",
					"The account changed while it was being connected. Try again.");
		}
		String action = existing.isEmpty() ? "channel.connected" : "channel.reconnected";
		audit(organizationId, actor, actorName, action, id, AuditEvent.Outcome.SUCCESS,
				network.code() + " account " + handle + (existing.isEmpty() ? " connected" : " connected again"));
		return this.store.find(organizationId, id).orElseThrow().view();
	}

	/** A connection attempt that failed, with a content-free reason. */
	@Transactional
	public void recordFailure(Actor actor, ChannelNetwork network, String reason) {
		audit(actor.organizationId(), actor, actor.displayName(), "channel.connect_failed", null,
				AuditEvent.Outcome.FAILURE, network.code() + ": " + reason);
	}

	/**
	 * Marks the account disconnected and deletes its tokens and app secret from Carecast.
	 */
	@Transactional
	public void forget(Actor actor, StoredAccount account, boolean revokedAtNetwork) {
		StoredAccount forgotten = account.withStatus(ConnectedAccount.Status.DISCONNECTED, this.clock.instant())
			.withSealed(null, null, this.clock.instant());
		if (!this.store.update(forgotten)) {
			throw new ConflictException("channel_account_changed", "The account changed meanwhile. Try again.");
		}
		audit(actor.organizationId(), actor, actor.displayName(), "channel.disconnected", account.id(),
				AuditEvent.Outcome.SUCCESS,
				account.network().code() + " account " + account.handle() + " disconnected; tokens deleted"
						+ (revokedAtNetwork ? " and revoked at the network"
								: "; the network did not confirm revocation"));
	}

	private void audit(UUID organizationId, @Nullable Actor actor, String actorName, String action,
			@Nullable UUID accountId, AuditEvent.Outcome outcome, String summary) {
		this.auditTrail.record(new AuditEvent(organizationId, (actor != null) ? actor.userId() : null, actorName,
				action, "channel_account", (accountId != null) ? accountId.toString() : null, outcome,
				(summary.length() > 480) ? summary.substring(0, 480) : summary));
	}

	/**
	 * LinkedIn's sign-in names only the member, so reconnecting would silently turn a
	 * Page account back into a member account; the Page an administrator chose is kept.
	 */
	private ChannelCredentials keepLinkedInPage(ChannelNetwork network, @Nullable StoredAccount existing,
			ChannelCredentials credentials) {
		if (network != ChannelNetwork.LINKEDIN || existing == null || existing.sealedCredentials() == null
				|| credentials.extra().containsKey(LinkedInConnector.ORGANIZATION_URN)) {
			return credentials;
		}
		String page;
		try {
			page = this.vault.open(existing.sealedCredentials(), existing.id())
				.extra()
				.get(LinkedInConnector.ORGANIZATION_URN);
		}
		catch (TokenCipher.TokenDecryptionException ex) {
			return credentials;
		}
		if (page == null) {
			return credentials;
		}
		Map<String, String> extra = new HashMap<>(credentials.extra());
		extra.put(LinkedInConnector.ORGANIZATION_URN, page);
		return new ChannelCredentials(credentials.accessToken(), credentials.refreshToken(), credentials.expiresAt(),
				credentials.accountId(), credentials.handle(), extra);
	}

	private static String handle(ChannelCredentials credentials) {
		String handle = credentials.handle().isBlank() ? credentials.accountId() : credentials.handle().strip();
		return (handle.length() > HANDLE_LIMIT) ? handle.substring(0, HANDLE_LIMIT) : handle;
	}

}
