package org.carecast.inbox.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carecast.inbox.InboxFilter;
import org.carecast.inbox.InboxItem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox list: one organization's items of one status, most urgent first, then the
 * oldest SLA, read a page at a time with a keyset cursor. Filtering by label reads the
 * label table in the same order (its rows carry the list columns), so a rare label among
 * a million items is one index range, not a scan.
 */
@Repository
public class InboxListQuery {

	private final JdbcClient jdbc;

	InboxListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One more than {@code limit} rows, when there are, to tell that a next page exists.
	 */
	public List<InboxItem> page(UUID organizationId, InboxFilter filter, Instant now, Duration dueSoon, int limit) {
		boolean byLabel = filter.label() != null;
		// "k" holds the sort columns: the label row when filtering by label, else the
		// item.
		String k = byLabel ? "k" : "i";
		String id = byLabel ? "k.item_id" : "i.id";
		StringBuilder sql = new StringBuilder("select ");
		for (String column : InboxItemRows.COLUMNS.split(", ")) {
			sql.append(sql.length() > 7 ? ", " : "").append("i.").append(column);
		}
		List<Object> params = new ArrayList<>();
		if (byLabel) {
			sql.append(" from inbox_item_label k join inbox_item i on i.id = k.item_id where k.organization_id = ? "
					+ "and k.label = ? and k.status = ? and i.organization_id = ?");
			params.add(organizationId);
			params.add(filter.label().name());
			params.add(filter.status().name());
			params.add(organizationId);
		}
		else {
			sql.append(" from inbox_item i where i.organization_id = ? and i.status = ?");
			params.add(organizationId);
			params.add(filter.status().name());
		}
		if (filter.network() != null) {
			sql.append(" and i.network = ?");
			params.add(filter.network().name());
		}
		if (filter.priority() != null) {
			sql.append(" and ").append(k).append(".priority = ?");
			params.add(filter.priority().ordinal());
		}
		if (filter.unassigned()) {
			sql.append(" and i.assignee_id is null");
		}
		else if (filter.assignee() != null) {
			sql.append(" and i.assignee_id = ?");
			params.add(filter.assignee());
		}
		if (filter.sla() != null) {
			appendSla(sql, k, filter, now, dueSoon, params);
		}
		if (filter.after() != null) {
			InboxFilter.Cursor c = filter.after();
			sql.append(" and (" + k + ".priority > ? or (" + k + ".priority = ? and (" + k + ".sla_due_at > ? or (" + k
					+ ".sla_due_at = ? and " + id + " > ?))))");
			params.add(c.priority());
			params.add(c.priority());
			params.add(Timestamps.millis(c.slaDueAt()));
			params.add(Timestamps.millis(c.slaDueAt()));
			params.add(c.id());
		}
		sql.append(" order by " + k + ".priority, " + k + ".sla_due_at, " + id + " limit " + (limit + 1));
		return this.jdbc.sql(sql.toString()).params(params).query(InboxItemRows.INSTANCE).list();
	}

	private static void appendSla(StringBuilder sql, String k, InboxFilter filter, Instant now, Duration dueSoon,
			List<Object> params) {
		switch (filter.sla()) {
			case OVERDUE -> {
				sql.append(" and " + k + ".sla_due_at <= ?");
				params.add(Timestamps.millis(now));
			}
			case DUE_SOON -> {
				sql.append(" and " + k + ".sla_due_at > ? and " + k + ".sla_due_at <= ?");
				params.add(Timestamps.millis(now));
				params.add(Timestamps.millis(now.plus(dueSoon)));
			}
			case OK -> {
				sql.append(" and " + k + ".sla_due_at > ?");
				params.add(Timestamps.millis(now.plus(dueSoon)));
			}
			case STOPPED -> {
				// Every waiting or closed item; the status filter already chose them.
			}
		}
	}

}
