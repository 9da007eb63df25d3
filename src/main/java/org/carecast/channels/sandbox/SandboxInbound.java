package org.carecast.channels.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What members of the public wrote to the organization's sandbox accounts
 * ({@code sandbox_inbound}): the sandbox network's own copy, which its read API pages
 * through by sequence number.
 */
@Repository
class SandboxInbound {

	private final JdbcClient jdbc;

	SandboxInbound(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores an item for {@code account}; @return its sequence number */
	long insert(UUID organizationId, String account, InboundItem item) {
		long seq = this.jdbc
			.sql("select coalesce(max(seq), 0) + 1 from sandbox_inbound where organization_id = ? and account = ?")
			.params(organizationId, account)
			.query(Long.class)
			.single();
		this.jdbc.sql(
				"insert into sandbox_inbound (id, organization_id, account, seq, remote_id, kind, author_handle, body, "
						+ "reply_to, hidden, deleted, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?)")
			.params(UUID.randomUUID(), organizationId, account, seq, item.remoteId(), item.kind().name(),
					item.authorHandle(), item.text(), item.inReplyToRemoteId(),
					OffsetDateTime.ofInstant(item.createdAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
			.update();
		return seq;
	}

	/** Items of {@code account} after {@code afterSeq}, oldest first. */
	List<Row> after(UUID organizationId, String account, long afterSeq, int limit) {
		return this.jdbc
			.sql("select seq, remote_id, kind, author_handle, body, reply_to, created_at from sandbox_inbound "
					+ "where organization_id = ? and account = ? and seq > ? and deleted = false order by seq limit ?")
			.params(organizationId, account, afterSeq, limit)
			.query(SandboxInbound::map)
			.list();
	}

	boolean exists(UUID organizationId, String remoteId) {
		return this.jdbc
			.sql("select count(*) from sandbox_inbound where organization_id = ? and remote_id = ? and deleted = false")
			.params(organizationId, remoteId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @return whether the item exists for the account
	 */
	boolean hide(String account, String remoteId, boolean hidden) {
		return this.jdbc.sql("update sandbox_inbound set hidden = ? where account = ? and remote_id = ?")
			.params(hidden, account, remoteId)
			.update() > 0;
	}

	boolean delete(String account, String remoteId) {
		return this.jdbc.sql("update sandbox_inbound set deleted = true where account = ? and remote_id = ?")
			.params(account, remoteId)
			.update() > 0;
	}

	record Row(long seq, InboundItem item) {
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		String remoteId = rs.getString("remote_id");
		InboundKind kind = InboundKind.valueOf(rs.getString("kind"));
		Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
		return new Row(rs.getLong("seq"),
				new InboundItem(remoteId, kind, rs.getString("author_handle"), null, rs.getString("body"), created,
						rs.getString("reply_to"), rs.getString("reply_to"),
						(kind == InboundKind.DIRECT_MESSAGE) ? remoteId : null, null));
	}

}
