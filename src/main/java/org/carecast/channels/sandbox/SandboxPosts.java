package org.carecast.channels.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sandbox network's storage ({@code sandbox_post}).
 */
@Repository
public class SandboxPosts {

	private static final String COLUMNS = "p.id, p.organization_id, p.account, a.handle, p.remote_id, p.body, "
			+ "p.reply_to, p.idempotency_key, p.media_count, p.created_at, p.deleted";

	private static final String FROM = " from sandbox_post p left join channel_account a on a.network = 'SANDBOX' "
			+ "and a.remote_account_id = p.account and a.organization_id = p.organization_id ";

	private final JdbcClient jdbc;

	SandboxPosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SandboxPost post) {
		this.jdbc
			.sql("insert into sandbox_post (id, organization_id, account, remote_id, body, reply_to, "
					+ "idempotency_key, media_count, created_at, deleted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(post.id(), post.organizationId(), post.account(), post.remoteId(), post.body(), post.replyTo(),
					post.idempotencyKey(), post.mediaCount(), at(post.createdAt()), post.deleted())
			.update();
	}

	Optional<SandboxPost> byKey(String account, UUID idempotencyKey) {
		return this.jdbc.sql("select " + COLUMNS + FROM + "where p.account = ? and p.idempotency_key = ?")
			.params(account, idempotencyKey)
			.query(SandboxPosts::map)
			.optional();
	}

	boolean exists(UUID organizationId, String remoteId) {
		return this.jdbc
			.sql("select count(*) from sandbox_post where organization_id = ? and remote_id = ? and deleted = false")
			.params(organizationId, remoteId)
			.query(Long.class)
			.single() > 0;
	}

	/** One of the organization's sandbox posts. */
	Optional<SandboxPost> byRemoteId(UUID organizationId, String remoteId) {
		return this.jdbc.sql("select " + COLUMNS + FROM + "where p.organization_id = ? and p.remote_id = ?")
			.params(organizationId, remoteId)
			.query(SandboxPosts::map)
			.optional();
	}

	void markDeleted(String account, String remoteId) {
		this.jdbc.sql("update sandbox_post set deleted = true where account = ? and remote_id = ?")
			.params(account, remoteId)
			.update();
	}

	/** The organization's sandbox timeline, newest first. */
	public List<SandboxPost> timeline(UUID organizationId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + FROM + "where p.organization_id = ? order by p.created_at desc, p.id limit ?")
			.params(organizationId, limit)
			.query(SandboxPosts::map)
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
	}

	private static SandboxPost map(ResultSet rs, int row) throws SQLException {
		return new SandboxPost(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("account"), rs.getString("handle"), rs.getString("remote_id"), rs.getString("body"),
				rs.getString("reply_to"), rs.getObject("idempotency_key", UUID.class), rs.getInt("media_count"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("deleted"));
	}

}
