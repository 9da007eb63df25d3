package org.carecast.channels.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.shared.Actor;
import org.carecast.shared.Digests;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * OAuth redirects in flight ({@code channel_authorization}). The state is stored only as
 * its SHA-256 and the PKCE verifier encrypted; {@link #take} deletes the row it returns,
 * and only the node whose delete succeeded gets it, so a state works once, on any node.
 */
@Repository
public class AuthorizationAttempts {

	private final JdbcClient jdbc;

	private final CredentialsVault vault;

	private final ChannelsProperties properties;

	private final Clock clock;

	AuthorizationAttempts(JdbcClient jdbc, CredentialsVault vault, ChannelsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.properties = properties;
		this.clock = clock;
	}

	/** A started connection, as the callback needs it. */
	public record Attempt(ChannelNetwork network, @Nullable String serverHost, String codeVerifier, URI redirectUri) {

		@Override
		public String toString() {
			return "Attempt[" + this.network + ", " + this.serverHost + ", verifier hidden]";
		}

	}

	public void save(Actor actor, ChannelNetwork network, @Nullable String serverHost, String state,
			String codeVerifier, URI redirectUri) {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from channel_authorization where expires_at < ?")
			.param(ChannelAccountStore.at(now))
			.update();
		String hash = Digests.sha256Hex(state);
		this.jdbc
			.sql("insert into channel_authorization (state_hash, organization_id, user_id, network, server_host, "
					+ "code_verifier, redirect_uri, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(hash, actor.organizationId(), actor.userId(), network.name(), serverHost,
					this.vault.sealSecret(codeVerifier, "pkce-verifier", hash), redirectUri.toString(),
					ChannelAccountStore.at(now),
					ChannelAccountStore.at(now.plus(this.properties.authorizationTimeout())))
			.update();
	}

	/**
	 * The attempt that {@code state} names, if the same person of the same organization
	 * started it for the same network and it has not expired or been used. Consumed
	 * either way once found for this person, so a state never works twice.
	 */
	public Optional<Attempt> take(Actor actor, ChannelNetwork network, @Nullable String state) {
		if (state == null || state.isBlank() || state.length() > 200) {
			return Optional.empty();
		}
		String hash = Digests.sha256Hex(state);
		Optional<Row> row = this.jdbc
			.sql("select network, server_host, code_verifier, redirect_uri, expires_at from channel_authorization "
					+ "where state_hash = ? and organization_id = ? and user_id = ?")
			.params(hash, actor.organizationId(), actor.userId())
			.query((rs, n) -> new Row(rs.getString("network"), rs.getString("server_host"),
					rs.getString("code_verifier"), rs.getString("redirect_uri"),
					ChannelAccountStore.read(rs, "expires_at")))
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		int deleted = this.jdbc
			.sql("delete from channel_authorization where state_hash = ? and organization_id = ? and user_id = ?")
			.params(hash, actor.organizationId(), actor.userId())
			.update();
		Row found = row.get();
		if (deleted != 1 || !network.name().equals(found.network())
				|| !found.expiresAt().isAfter(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(new Attempt(network, found.serverHost(),
				this.vault.openSecret(found.sealedVerifier(), "pkce-verifier", hash), URI.create(found.redirectUri())));
	}

	private record Row(String network, @Nullable String serverHost, String sealedVerifier, String redirectUri,
			Instant expiresAt) {
	}

}
