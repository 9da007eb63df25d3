package org.carecast.channels.internal;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ConnectedAccount;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code channel_account}: the public view plus where the account lives and its
 * sealed credentials. Never leaves the channels module.
 *
 * @param ownServer whether the account lives on its own server (a Mastodon instance), so
 * its stored endpoint rather than the configured one applies
 * @param sealedClientSecret the per-server app's secret, encrypted
 * @param sealedCredentials the tokens, encrypted; null once disconnected
 * @param version optimistic lock, raised by every change
 */
public record StoredAccount(UUID id, UUID organizationId, ChannelNetwork network, String handle, String remoteAccountId,
		ConnectedAccount.Status status, boolean ownServer, URI baseUrl, String apiVersion, String clientId,
		@Nullable String sealedClientSecret, @Nullable String sealedCredentials, @Nullable UUID connectedBy,
		Instant connectedAt, Instant updatedAt, long version) {

	public ConnectedAccount view() {
		return new ConnectedAccount(this.id, this.organizationId, this.network, this.handle, this.status,
				this.connectedAt);
	}

	/** This row with another status, as of {@code at}. */
	public StoredAccount withStatus(ConnectedAccount.Status newStatus, Instant at) {
		return new StoredAccount(this.id, this.organizationId, this.network, this.handle, this.remoteAccountId,
				newStatus, this.ownServer, this.baseUrl, this.apiVersion, this.clientId, this.sealedClientSecret,
				this.sealedCredentials, this.connectedBy, this.connectedAt, at, this.version);
	}

	/** This row with other sealed secrets, as of {@code at}. */
	public StoredAccount withSealed(@Nullable String clientSecret, @Nullable String credentials, Instant at) {
		return new StoredAccount(this.id, this.organizationId, this.network, this.handle, this.remoteAccountId,
				this.status, this.ownServer, this.baseUrl, this.apiVersion, this.clientId, clientSecret, credentials,
				this.connectedBy, this.connectedAt, at, this.version);
	}

	@Override
	public String toString() {
		return "StoredAccount[" + this.id + ", " + this.network + ", " + this.status + ", version " + this.version
				+ "]";
	}

}
