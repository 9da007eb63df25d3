package org.carecast.channels.internal;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Carecast's app as registered on each server of a federated network (a Mastodon instance
 * has its own OAuth clients), kept per organization and host so each server is asked
 * once. The client secret is stored encrypted.
 */
@Repository
public class ServerRegistrations {

	private final JdbcClient jdbc;

	private final CredentialsVault vault;

	private final ChannelsProperties properties;

	private final Clock clock;

	ServerRegistrations(JdbcClient jdbc, CredentialsVault vault, ChannelsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The endpoint for accounts on {@code host}, registering the app there on first use.
	 * The registration call runs outside any transaction; when two people register on the
	 * same server at once, the first stored registration wins.
	 */
	public ChannelEndpoint endpointFor(UUID organizationId, ChannelConnector connector, String host, URI redirectUri) {
		ChannelNetwork network = connector.network();
		Optional<ChannelEndpoint> cached = find(organizationId, network, host);
		if (cached.isPresent()) {
			return cached.get();
		}
		ChannelEndpoint registered = connector.endpointForHost(this.properties.endpoint(network), host, redirectUri);
		UUID id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("insert into channel_app_registration (id, organization_id, network, host, base_url, "
						+ "api_version, client_id, client_secret, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, organizationId, network.name(), host, registered.baseUrl().toString(),
						registered.apiVersion(), registered.clientId(),
						(registered.clientSecret() != null)
								? this.vault.sealSecret(registered.clientSecret(), "app-secret", id) : null,
						ChannelAccountStore.at(this.clock.instant()))
				.update();
			return registered;
		}
		catch (DuplicateKeyException ex) {
			return find(organizationId, network, host).orElseThrow(() -> ex);
		}
	}

	/**
	 * Rewrites client secrets sealed with an older key under the current one.
	 * @return how many were rewritten
	 */
	public int reencryptAll() {
		String current = "v1." + this.vault.currentKeyId() + ".%";
		int count = 0;
		for (Sealed row : this.jdbc
			.sql("select id, client_secret from channel_app_registration where client_secret is not null "
					+ "and client_secret not like ?")
			.param(current)
			.query((rs, n) -> new Sealed(rs.getObject("id", UUID.class), rs.getString("client_secret")))
			.list()) {
			UUID id = row.id();
			String sealed = row.secret();
			try {
				String resealed = this.vault.sealSecret(this.vault.openSecret(sealed, "app-secret", id), "app-secret",
						id);
				count += this.jdbc
					.sql("update channel_app_registration set client_secret = ? where id = ? "
							+ "and client_secret = ?")
					.params(resealed, id, sealed)
					.update();
			}
			catch (TokenCipher.TokenDecryptionException ex) {
				// Left for an operator: the key that sealed it is not configured.
			}
		}
		return count;
	}

	private Optional<ChannelEndpoint> find(UUID organizationId, ChannelNetwork network, String host) {
		return this.jdbc
			.sql("select id, base_url, api_version, client_id, client_secret from channel_app_registration "
					+ "where organization_id = ? and network = ? and host = ?")
			.params(organizationId, network.name(), host)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				String secret = rs.getString("client_secret");
				return new ChannelEndpoint(URI.create(rs.getString("base_url")), rs.getString("api_version"),
						rs.getString("client_id"),
						(secret != null) ? this.vault.openSecret(secret, "app-secret", id) : null);
			})
			.optional();
	}

	private record Sealed(UUID id, String secret) {

		@Override
		public String toString() {
			return "Sealed[" + this.id + "]";
		}

	}

}
