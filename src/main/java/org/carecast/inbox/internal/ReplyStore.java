package org.carecast.inbox.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.inbox.InboxReply;
import org.carecast.inbox.InboxReply.State;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Replies, keyed by the idempotency key the reply form carried.
 */
@Repository
public class ReplyStore {

	private static final String COLUMNS = "id, item_id, organization_id, account_id, idempotency_key, kind, body, "
			+ "state, remote_id, url, failure_reason, attempts, first_attempt_at, author_name, created_at";

	private static final RowMapper<InboxReply> ROWS = (rs, n) -> new InboxReply(rs.getObject("id", UUID.class),
			rs.getObject("item_id", UUID.class), rs.getObject("organization_id", UUID.class),
			rs.getObject("account_id", UUID.class), rs.getObject("idempotency_key", UUID.class),
			InboxReply.Kind.valueOf(rs.getString("kind")), rs.getString("body"), State.valueOf(rs.getString("state")),
			rs.getString("remote_id"), rs.getString("url"), rs.getString("failure_reason"), rs.getInt("attempts"),
			Timestamps.read(rs, "first_attempt_at"), rs.getString("author_name"), Timestamps.read(rs, "created_at"));

	private final JdbcClient jdbc;

	ReplyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<InboxReply> byKey(UUID organizationId, UUID key) {
		return this.jdbc
			.sql("select " + COLUMNS + " from inbox_reply where organization_id = ? and idempotency_key = ?")
			.params(organizationId, key)
			.query(ROWS)
			.optional();
	}

	public Optional<InboxReply> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from inbox_reply where id = ?").param(id).query(ROWS).optional();
	}

	public List<InboxReply> forItem(UUID organizationId, UUID itemId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from inbox_reply where item_id = ? and organization_id = ? "
					+ "order by created_at, id")
			.params(itemId, organizationId)
			.query(ROWS)
			.list();
	}

	public void insert(InboxReply r, UUID authorId) {
		this.jdbc
			.sql("insert into inbox_reply (id, item_id, organization_id, account_id, idempotency_key, kind, body, "
					+ "state, attempts, author_id, author_name, created_at, updated_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")
			.params(r.id(), r.itemId(), r.organizationId(), r.accountId(), r.idempotencyKey(), r.kind().name(),
					r.text(), r.state().name(), authorId, r.authorName(), Timestamps.millis(r.createdAt()),
					Timestamps.millis(r.createdAt()))
			.update();
	}

	void attemptStarted(UUID id, Instant at) {
		this.jdbc.sql("update inbox_reply set first_attempt_at = ? where id = ? and first_attempt_at is null")
			.params(Timestamps.millis(at), id)
			.update();
	}

	void sent(UUID id, String remoteId, String url, Instant now) {
		this.jdbc
			.sql("update inbox_reply set state = 'SENT', remote_id = ?, url = ?, failure_reason = null, "
					+ "updated_at = ? where id = ?")
			.params(remoteId, url, Timestamps.millis(now), id)
			.update();
	}

	void retry(UUID id, Instant now) {
		this.jdbc.sql("update inbox_reply set attempts = attempts + 1, updated_at = ? where id = ?")
			.params(Timestamps.millis(now), id)
			.update();
	}

	void failed(UUID id, String reason, Instant now) {
		this.jdbc
			.sql("update inbox_reply set state = 'FAILED', failure_reason = ?, attempts = attempts + 1, "
					+ "updated_at = ? where id = ?")
			.params(InboxItemStore.cut(reason, 1000), Timestamps.millis(now), id)
			.update();
	}

}
