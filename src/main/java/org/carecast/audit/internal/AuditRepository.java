package org.carecast.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.shared.SqlLike;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the audit tables. Records are only ever inserted; the chain head row is locked
 * with {@code SELECT ... FOR UPDATE} so that concurrent writers of one organization take
 * turns and the chain never forks.
 */
@Repository
public class AuditRepository {

	private static final String COLUMNS = "id, seq, organization_id, occurred_at, actor_id, actor_name, action, "
			+ "resource_type, resource_id, client_address, outcome, summary, prev_hash, hash";

	private final JdbcClient jdbc;

	public AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ChainHead(long lastSeq, String lastHash) {
	}

	public ChainHead lockHead(String chainKey) {
		Optional<ChainHead> head = this.jdbc
			.sql("select last_seq, last_hash from audit_chain where chain_key = ? for update")
			.param(chainKey)
			.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.optional();
		if (head.isPresent()) {
			return head.get();
		}
		// Organizations create their chain row when they are created; this covers rows
		// made
		// by hand. A concurrent creator fails on the primary key and its transaction
		// retries.
		this.jdbc.sql("insert into audit_chain (chain_key, last_seq, last_hash) values (?, 0, ?)")
			.params(chainKey, AuditHashing.GENESIS)
			.update();
		return lockHead(chainKey);
	}

	public void createChain(String chainKey) {
		this.jdbc.sql("insert into audit_chain (chain_key, last_seq, last_hash) values (?, 0, ?)")
			.params(chainKey, AuditHashing.GENESIS)
			.update();
	}

	public Optional<ChainHead> head(String chainKey) {
		return this.jdbc.sql("select last_seq, last_hash from audit_chain where chain_key = ?")
			.param(chainKey)
			.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	public void append(String chainKey, AuditRecord r) {
		this.jdbc
			.sql("insert into audit_event (chain_key, " + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(chainKey, r.id(), r.seq(), r.organizationId(),
					OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC), r.actorId(), r.actorName(), r.action(),
					r.resourceType(), r.resourceId(), r.clientAddress(), r.outcome(), r.summary(), r.prevHash(),
					r.hash())
			.update();
		this.jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where chain_key = ?")
			.params(r.seq(), r.hash(), chainKey)
			.update();
	}

	/**
	 * Records of a chain with {@code seq > afterSeq}, in order, at most {@code limit}.
	 */
	public List<AuditRecord> chainSlice(String chainKey, long afterSeq, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_event where chain_key = ? and seq > ? order by seq limit ?")
			.params(chainKey, afterSeq, limit)
			.query(AuditRepository::map)
			.list();
	}

	public List<AuditRecord> search(UUID organizationId, AuditQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(organizationId, query, params);
		params.add(query.size() + 1);
		params.add((long) query.page() * query.size());
		return this.jdbc.sql("select " + COLUMNS + " from audit_event " + where + " order by seq desc limit ? offset ?")
			.params(params)
			.query(AuditRepository::map)
			.list();
	}

	public List<String> actions(UUID organizationId) {
		return this.jdbc.sql("select distinct action from audit_event where organization_id = ? order by action")
			.param(organizationId)
			.query(String.class)
			.list();
	}

	private static String where(UUID organizationId, AuditQuery query, List<Object> params) {
		StringBuilder where = new StringBuilder("where organization_id = ?");
		params.add(organizationId);
		if (hasText(query.action())) {
			where.append(" and action = ?");
			params.add(query.action());
		}
		if (hasText(query.resourceType())) {
			where.append(" and resource_type = ?");
			params.add(query.resourceType());
		}
		if (hasText(query.actor())) {
			where.append(" and lower(actor_name) like ?");
			params.add(SqlLike.containing(query.actor()));
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= ?");
			params.add(startOf(query.from()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < ?");
			params.add(startOf(query.to().plusDays(1)));
		}
		return where.toString();
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay().atOffset(ZoneOffset.UTC);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static AuditRecord map(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getObject("id", UUID.class), rs.getLong("seq"),
				rs.getObject("organization_id", UUID.class),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_name"), rs.getString("action"), rs.getString("resource_type"),
				rs.getString("resource_id"), rs.getString("client_address"), rs.getString("outcome"),
				rs.getString("summary"), rs.getString("prev_hash"), rs.getString("hash"));
	}

}
