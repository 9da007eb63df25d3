package org.carecast.channels.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ConnectedAccount;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code channel_account} table. Every query is scoped to an organization except the
 * sandbox's lookup of which organization one of its accounts belongs to.
 */
@Repository
public class ChannelAccountStore {

	private static final String COLUMNS = "id, organization_id, network, handle, remote_account_id, status, "
			+ "own_server, base_url, api_version, client_id, client_secret, credentials, connected_by, connected_at, "
			+ "updated_at, version";

	private final JdbcClient jdbc;

	ChannelAccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<StoredAccount> list(UUID organizationId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from channel_account where organization_id = ? order by connected_at desc")
			.param(organizationId)
			.query(ChannelAccountStore::map)
			.list();
	}

	public Optional<StoredAccount> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from channel_account where organization_id = ? and id = ?")
			.params(organizationId, id)
			.query(ChannelAccountStore::map)
			.optional();
	}

	/**
	 * The row locked until the transaction ends, so only one node refreshes an account's
	 * tokens at a time (Bluesky and X refresh tokens are single-use).
	 */
	public Optional<StoredAccount> lock(UUID organizationId, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from channel_account where organization_id = ? and id = ? for update")
			.params(organizationId, id)
			.query(ChannelAccountStore::map)
			.optional();
	}

	public Optional<StoredAccount> findByRemote(UUID organizationId, ChannelNetwork network, String remoteAccountId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from channel_account where organization_id = ? and network = ? and remote_account_id = ?")
			.params(organizationId, network.name(), remoteAccountId)
			.query(ChannelAccountStore::map)
			.optional();
	}

	/**
	 * Every connected account of {@code networks} in every organization: the inbound
	 * poller's and the webhooks' starting point, the only reads not scoped to one
	 * organization. Each result carries its organization, and every later query about it
	 * is scoped by that.
	 */
	public List<StoredAccount> connected(List<ChannelNetwork> networks) {
		if (networks.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from channel_account where status = 'CONNECTED' and network in (:networks)"
					+ " order by organization_id, connected_at")
			.param("networks", networks.stream().map(ChannelNetwork::name).toList())
			.query(ChannelAccountStore::map)
			.list();
	}

	/** The connected accounts with this id on the network, in whichever organizations. */
	public List<StoredAccount> connectedByRemote(ChannelNetwork network, String remoteAccountId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from channel_account where status = 'CONNECTED' and network = ?"
					+ " and remote_account_id = ?")
			.params(network.name(), remoteAccountId)
			.query(ChannelAccountStore::map)
			.list();
	}

	/** The organization a sandbox account belongs to (the sandbox's own bookkeeping). */
	public Optional<UUID> organizationOf(ChannelNetwork network, String remoteAccountId) {
		return this.jdbc.sql("select organization_id from channel_account where network = ? and remote_account_id = ?")
			.params(network.name(), remoteAccountId)
			.query(UUID.class)
			.optional();
	}

	public void insert(StoredAccount a) {
		this.jdbc
			.sql("insert into channel_account (" + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.organizationId(), a.network().name(), a.handle(), a.remoteAccountId(), a.status().name(),
					a.ownServer(), a.baseUrl().toString(), a.apiVersion(), a.clientId(), a.sealedClientSecret(),
					a.sealedCredentials(), a.connectedBy(), at(a.connectedAt()), at(a.updatedAt()), a.version())
			.update();
	}

	/**
	 * Writes everything but the id and organization if nobody changed the row since
	 * {@code a} was read; returns whether it did.
	 */
	public boolean update(StoredAccount a) {
		return this.jdbc
			.sql("update channel_account set handle = ?, status = ?, own_server = ?, base_url = ?, "
					+ "api_version = ?, client_id = ?, client_secret = ?, credentials = ?, connected_by = ?, "
					+ "connected_at = ?, updated_at = ?, version = version + 1 "
					+ "where organization_id = ? and id = ? and version = ?")
			.params(a.handle(), a.status().name(), a.ownServer(), a.baseUrl().toString(), a.apiVersion(), a.clientId(),
					a.sealedClientSecret(), a.sealedCredentials(), a.connectedBy(), at(a.connectedAt()),
					at(a.updatedAt()), a.organizationId(), a.id(), a.version())
			.update() == 1;
	}

	/** Every account whose secrets are sealed with a key other than {@code keyId}. */
	public List<StoredAccount> sealedWithOtherKeys(String keyId) {
		String current = "v1." + keyId + ".%";
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from channel_account where (credentials is not null and credentials not like ?)"
					+ " or (client_secret is not null and client_secret not like ?)")
			.params(current, current)
			.query(ChannelAccountStore::map)
			.list();
	}

	static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC)
				: null;
	}

	static @Nullable Instant read(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static StoredAccount map(ResultSet rs, int row) throws SQLException {
		return new StoredAccount(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				ChannelNetwork.valueOf(rs.getString("network")), rs.getString("handle"),
				rs.getString("remote_account_id"), ConnectedAccount.Status.valueOf(rs.getString("status")),
				rs.getBoolean("own_server"), URI.create(rs.getString("base_url")), rs.getString("api_version"),
				rs.getString("client_id"), rs.getString("client_secret"), rs.getString("credentials"),
				rs.getObject("connected_by", UUID.class), read(rs, "connected_at"), read(rs, "updated_at"),
				rs.getLong("version"));
	}

}
