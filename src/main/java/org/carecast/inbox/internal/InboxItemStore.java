package org.carecast.inbox.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundItem;
import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.InboxItem;
import org.carecast.inbox.InboxPriority;
import org.carecast.inbox.InboxStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores inbound items by (organization, account, remote id): new ones in one batch, ones
 * seen before updated in place, keeping the team's work (status, assignee, notes).
 */
@Repository
public class InboxItemStore {

	/** The text column's size; longer texts (no network allows them) are cut. */
	static final int MAX_TEXT = 65536;

	private static final int IN_CHUNK = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	InboxItemStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** An inbound item with its triage, ready to store. */
	record Triaged(InboundItem item, List<TriageLabel> labels, List<String> reasons, InboundScan.Flags flags,
			InboxPriority priority, Instant slaDueAt) {
	}

	/** What was seen before of an item: its id and whether its text was purged. */
	record Known(UUID id, boolean textPurged) {
	}

	Map<String, Known> known(UUID organizationId, UUID accountId, List<String> remoteIds) {
		Map<String, Known> found = new HashMap<>();
		for (int i = 0; i < remoteIds.size(); i += IN_CHUNK) {
			List<String> chunk = remoteIds.subList(i, Math.min(remoteIds.size(), i + IN_CHUNK));
			this.jdbc
				.sql("select id, remote_id, text_purged from inbox_item where organization_id = :org "
						+ "and account_id = :account and remote_id in (:ids)")
				.param("org", organizationId)
				.param("account", accountId)
				.param("ids", chunk)
				.query((rs, n) -> found.put(rs.getString("remote_id"),
						new Known(rs.getObject("id", UUID.class), rs.getBoolean("text_purged"))))
				.list();
		}
		return found;
	}

	void insert(UUID organizationId, UUID accountId, ChannelNetwork network, Map<UUID, Triaged> rows, Instant now) {
		List<Object[]> items = new ArrayList<>(rows.size());
		List<Object[]> labels = new ArrayList<>();
		rows.forEach((id, t) -> {
			InboundItem in = t.item();
			items.add(new Object[] { id, organizationId, accountId, network.name(), in.kind().name(),
					cut(in.remoteId(), 500), cut(in.authorHandle(), 300), cut(in.authorName(), 300),
					cut(in.text(), MAX_TEXT), Timestamps.millis(in.createdAt()), Timestamps.millis(now),
					Timestamps.millis(now), cut(in.inReplyToRemoteId(), 500), cut(in.rootPostRemoteId(), 500),
					cut(in.conversationId(), 500), (in.url() != null) ? cut(in.url().toString(), 2000) : null,
					InboxItemRows.codes(t.labels()), InboxItemRows.join(t.reasons(), 4000), t.flags().phi(),
					t.flags().misinformation(), t.flags().conduct(), InboxItemRows.join(t.flags().findings(), 4000),
					t.priority().ordinal(), Timestamps.millis(t.slaDueAt()), InboxStatus.OPEN.name() });
			addLabels(labels, id, organizationId, t, InboxStatus.OPEN);
		});
		this.template.batchUpdate("insert into inbox_item (id, organization_id, account_id, network, kind, remote_id, "
				+ "author_handle, author_name, body, created_at, received_at, updated_at, in_reply_to, "
				+ "root_post_remote_id, conversation_id, url, labels, label_reasons, phi_found, misinformation_found, "
				+ "conduct_found, findings_summary, priority, sla_due_at, status, moderation, legal_hold, text_purged, "
				+ "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NONE', "
				+ "false, false, 0)", items);
		insertLabels(labels);
	}

	/**
	 * The network sent an item again (edited, or re-read): new text and labels, same
	 * status and history. The SLA still counts from when it first arrived.
	 */
	void update(UUID organizationId, UUID id, Triaged t, boolean textPurged, Instant now) {
		InboundItem in = t.item();
		this.jdbc.sql("update inbox_item set body = :body, author_name = :name, url = :url, labels = :labels, "
				+ "label_reasons = :reasons, phi_found = :phi, misinformation_found = :mis, conduct_found = :conduct, "
				+ "findings_summary = :findings, priority = :priority, sla_due_at = :due, updated_at = :now, "
				+ "version = version + 1 where id = :id and organization_id = :org")
			.param("body", textPurged ? "" : cut(in.text(), MAX_TEXT))
			.param("name", cut(in.authorName(), 300), Types.VARCHAR)
			.param("url", (in.url() != null) ? cut(in.url().toString(), 2000) : null, Types.VARCHAR)
			.param("labels", InboxItemRows.codes(t.labels()))
			.param("reasons", InboxItemRows.join(t.reasons(), 4000))
			.param("phi", t.flags().phi())
			.param("mis", t.flags().misinformation())
			.param("conduct", t.flags().conduct())
			.param("findings", InboxItemRows.join(t.flags().findings(), 4000))
			.param("priority", t.priority().ordinal())
			.param("due", Timestamps.millis(t.slaDueAt()))
			.param("now", Timestamps.millis(now))
			.param("id", id)
			.param("org", organizationId)
			.update();
		InboxStatus status = this.jdbc.sql("select status from inbox_item where id = ?")
			.param(id)
			.query((rs, n) -> InboxStatus.valueOf(rs.getString(1)))
			.single();
		this.jdbc.sql("delete from inbox_item_label where item_id = ?").param(id).update();
		List<Object[]> labels = new ArrayList<>();
		addLabels(labels, id, organizationId, t, status);
		insertLabels(labels);
	}

	/** When the item first arrived, for an update's SLA. */
	Instant receivedAt(UUID id) {
		return this.jdbc.sql("select received_at from inbox_item where id = ?")
			.param(id)
			.query((rs, n) -> Timestamps.read(rs, "received_at"))
			.single();
	}

	public Optional<InboxItem> find(UUID organizationId, UUID id) {
		return this.jdbc
			.sql("select " + InboxItemRows.COLUMNS + " from inbox_item where id = ? and organization_id = ?")
			.params(id, organizationId)
			.query(InboxItemRows.INSTANCE)
			.optional();
	}

	/**
	 * Earlier items of the same direct-message conversation, or under the same post of
	 * ours, oldest first, at most {@code limit}.
	 */
	public List<InboxItem> thread(InboxItem item, int limit) {
		String key = (item.conversationId() != null) ? "conversation_id" : "root_post_remote_id";
		String value = (item.conversationId() != null) ? item.conversationId() : item.rootPostRemoteId();
		if (value == null) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + InboxItemRows.COLUMNS + " from inbox_item where organization_id = ? and account_id = ? "
					+ "and " + key + " = ? and id <> ? order by created_at, id limit " + limit)
			.params(item.organizationId(), item.accountId(), value, item.id())
			.query(InboxItemRows.INSTANCE)
			.list();
	}

	private static void addLabels(List<Object[]> rows, UUID id, UUID organizationId, Triaged t, InboxStatus status) {
		for (TriageLabel label : t.labels()) {
			rows.add(new Object[] { id, organizationId, label.name(), status.name(), t.priority().ordinal(),
					Timestamps.millis(t.slaDueAt()) });
		}
	}

	private void insertLabels(List<Object[]> rows) {
		this.template.batchUpdate("insert into inbox_item_label (item_id, organization_id, label, status, priority, "
				+ "sla_due_at) values (?, ?, ?, ?, ?, ?)", rows);
	}

	static String cut(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		// Never split a surrogate pair: a half character is not valid text for the
		// database.
		int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
		return value.substring(0, end);
	}

}
