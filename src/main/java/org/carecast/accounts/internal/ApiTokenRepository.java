package org.carecast.accounts.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.accounts.ApiToken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApiTokenRepository {

	private static final String COLUMNS = "id, user_id, name, token_prefix, created_at, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An active token found by its hash, with the owner it authenticates. */
	public record TokenOwner(UUID tokenId, UUID organizationId, UUID userId, Instant lastUsedAt) {
	}

	public void insert(UUID organizationId, ApiToken token, String hash) {
		this.jdbc
			.sql("insert into api_token (id, organization_id, user_id, name, token_hash, token_prefix, created_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(token.id(), organizationId, token.userId(), token.name(), hash, token.prefix(),
					Timestamps.of(token.createdAt()))
			.update();
	}

	public List<ApiToken> list(UUID organizationId, UUID userId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from api_token where organization_id = ? and user_id = ? order by created_at desc")
			.params(organizationId, userId)
			.query(ApiTokenRepository::map)
			.list();
	}

	public Optional<ApiToken> find(UUID organizationId, UUID userId, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from api_token where organization_id = ? and user_id = ? and id = ?")
			.params(organizationId, userId, id)
			.query(ApiTokenRepository::map)
			.optional();
	}

	public Optional<TokenOwner> activeByHash(String hash) {
		return this.jdbc.sql("select t.id, t.organization_id, t.user_id, t.last_used_at from api_token t "
				+ "join app_user u on u.id = t.user_id where t.token_hash = ? and t.revoked_at is null and u.enabled = true")
			.param(hash)
			.query((rs, n) -> new TokenOwner(rs.getObject("id", UUID.class),
					rs.getObject("organization_id", UUID.class), rs.getObject("user_id", UUID.class),
					Timestamps.read(rs, "last_used_at")))
			.optional();
	}

	public void revoke(UUID organizationId, UUID id, Instant at) {
		this.jdbc.sql("update api_token set revoked_at = ? where organization_id = ? and id = ? and revoked_at is null")
			.params(Timestamps.of(at), organizationId, id)
			.update();
	}

	public void touch(UUID id, Instant at) {
		this.jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamps.of(at), id).update();
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("name"),
				rs.getString("token_prefix"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "last_used_at"),
				Timestamps.read(rs, "revoked_at"));
	}

}
