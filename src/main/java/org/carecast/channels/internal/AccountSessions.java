package org.carecast.channels.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.ConnectedAccount;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a stored account for a network call: decrypts its credentials (rewriting them
 * under the current key when an older one sealed them), finds its endpoint, and refreshes
 * its tokens one node at a time.
 */
@Component
public class AccountSessions {

	private final ChannelAccountStore store;

	private final CredentialsVault vault;

	private final ChannelsProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AccountSessions(ChannelAccountStore store, CredentialsVault vault, ChannelsProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.vault = vault;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** An account and a session to call its network with. */
	public record Opened(StoredAccount account, ChannelSession session) {
	}

	public List<StoredAccount> list(UUID organizationId) {
		return this.store.list(organizationId);
	}

	public Optional<StoredAccount> find(UUID organizationId, UUID accountId) {
		return this.store.find(organizationId, accountId);
	}

	/**
	 * The session of a connected account.
	 * @throws AuthorizationExpiredException when the account holds no credentials
	 */
	public Opened open(StoredAccount account) {
		if (account.sealedCredentials() == null) {
			throw new AuthorizationExpiredException(account.network(), "The account holds no credentials");
		}
		ChannelCredentials credentials = this.vault.open(account.sealedCredentials(), account.id());
		ChannelEndpoint endpoint = endpoint(account);
		StoredAccount current = account;
		if (this.vault.needsReencryption(account.sealedCredentials()) || (account.sealedClientSecret() != null
				&& this.vault.needsReencryption(account.sealedClientSecret()))) {
			current = resealed(account, credentials, endpoint).orElse(account);
		}
		return new Opened(current, new ChannelSession(endpoint, credentials));
	}

	public ChannelEndpoint endpoint(StoredAccount account) {
		if (!account.ownServer()) {
			return this.properties.endpoint(account.network());
		}
		String secret = (account.sealedClientSecret() != null)
				? this.vault.openSecret(account.sealedClientSecret(), "client-secret", account.id()) : null;
		return new ChannelEndpoint(account.baseUrl(), account.apiVersion(), account.clientId(), secret);
	}

	/**
	 * New tokens from the network, stored before they are used. The row stays locked
	 * while the network answers, so two nodes never spend the same single-use refresh
	 * token; a node that finds the row changed since it read it takes the tokens the
	 * other node stored instead of refreshing again.
	 * @throws AuthorizationExpiredException when the network refuses or has no refresh
	 */
	public Opened refresh(Opened seen, ChannelConnector connector) {
		StoredAccount before = seen.account();
		return this.transactions.execute((status) -> {
			StoredAccount locked = this.store.lock(before.organizationId(), before.id())
				.orElseThrow(() -> new AuthorizationExpiredException(before.network(), "The account was removed"));
			if (locked.status() != ConnectedAccount.Status.CONNECTED) {
				throw new AuthorizationExpiredException(before.network(), "The account is no longer connected");
			}
			if (locked.version() != before.version()) {
				return open(locked);
			}
			ChannelCredentials refreshed = connector.refresh(seen.session().endpoint(), seen.session().credentials());
			StoredAccount updated = withCredentials(locked, refreshed);
			this.store.update(updated);
			StoredAccount stored = this.store.find(locked.organizationId(), locked.id()).orElseThrow();
			return new Opened(stored, new ChannelSession(seen.session().endpoint(), refreshed));
		});
	}

	private Optional<StoredAccount> resealed(StoredAccount account, ChannelCredentials credentials,
			ChannelEndpoint endpoint) {
		return Optional.ofNullable(this.transactions.execute((status) -> {
			StoredAccount updated = account.withSealed(
					(endpoint.clientSecret() != null && account.ownServer())
							? this.vault.sealSecret(endpoint.clientSecret(), "client-secret", account.id()) : null,
					this.vault.seal(credentials, account.id()), account.updatedAt());
			// Someone else changed the row meanwhile: their write is newer, keep it.
			return this.store.update(updated) ? this.store.find(account.organizationId(), account.id()).orElse(null)
					: null;
		}));
	}

	private StoredAccount withCredentials(StoredAccount a, ChannelCredentials credentials) {
		return a.withSealed(a.sealedClientSecret(), this.vault.seal(credentials, a.id()), this.clock.instant());
	}

}
