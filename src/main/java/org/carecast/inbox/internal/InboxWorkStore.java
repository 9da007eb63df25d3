package org.carecast.inbox.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.InboxNote;
import org.carecast.inbox.InboxPriority;
import org.carecast.inbox.InboxStatus;
import org.carecast.inbox.ModerationReason;
import org.carecast.inbox.ModerationState;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The team's changes to an item. Each names the version it read and reports whether it
 * applied, so two people acting at once never overwrite each other unseen.
 */
@Repository
public class InboxWorkStore {

	private final JdbcClient jdbc;

	InboxWorkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean status(UUID organizationId, UUID id, long version, InboxStatus status, Instant now) {
		int changed = this.jdbc
			.sql("update inbox_item set status = ?, updated_at = ?, version = version + 1 "
					+ "where id = ? and organization_id = ? and version = ?")
			.params(status.name(), Timestamps.millis(now), id, organizationId, version)
			.update();
		if (changed == 1) {
			this.jdbc.sql("update inbox_item_label set status = ? where item_id = ?")
				.params(status.name(), id)
				.update();
		}
		return changed == 1;
	}

	public boolean assign(UUID organizationId, UUID id, long version, @Nullable UUID userId, @Nullable String userName,
			Instant now) {
		return this.jdbc
			.sql("update inbox_item set assignee_id = ?, assignee_name = ?, updated_at = ?, version = version + 1 "
					+ "where id = ? and organization_id = ? and version = ?")
			.params(userId, userName, Timestamps.millis(now), id, organizationId, version)
			.update() == 1;
	}

	/**
	 * A person's verdict that the item is spam: only that label, lowest priority, closed.
	 */
	public boolean markSpam(UUID organizationId, UUID id, long version, Instant slaDueAt, Instant now) {
		int changed = this.jdbc
			.sql("update inbox_item set labels = 'SPAM', label_reasons = 'Marked as spam by a responder.', "
					+ "priority = ?, sla_due_at = ?, status = 'CLOSED', updated_at = ?, version = version + 1 "
					+ "where id = ? and organization_id = ? and version = ?")
			.params(InboxPriority.LOW.ordinal(), Timestamps.millis(slaDueAt), Timestamps.millis(now), id,
					organizationId, version)
			.update();
		if (changed == 1) {
			this.jdbc.sql("delete from inbox_item_label where item_id = ?").param(id).update();
			this.jdbc
				.sql("insert into inbox_item_label (item_id, organization_id, label, status, priority, sla_due_at) "
						+ "values (?, ?, ?, 'CLOSED', ?, ?)")
				.params(id, organizationId, TriageLabel.SPAM.name(), InboxPriority.LOW.ordinal(),
						Timestamps.millis(slaDueAt))
				.update();
		}
		return changed == 1;
	}

	public boolean moderate(UUID organizationId, UUID id, long version, ModerationState state, ModerationReason reason,
			Instant now) {
		return this.jdbc
			.sql("update inbox_item set moderation = ?, moderation_reason = ?, moderated_at = ?, updated_at = ?, "
					+ "version = version + 1 where id = ? and organization_id = ? and version = ?")
			.params(state.name(), reason.name(), Timestamps.millis(now), Timestamps.millis(now), id, organizationId,
					version)
			.update() == 1;
	}

	/** Records a moderation the network already carried out, whatever the version. */
	public void forceModerate(UUID organizationId, UUID id, ModerationState state, ModerationReason reason,
			Instant now) {
		this.jdbc
			.sql("update inbox_item set moderation = ?, moderation_reason = ?, moderated_at = ?, updated_at = ?, "
					+ "version = version + 1 where id = ? and organization_id = ?")
			.params(state.name(), reason.name(), Timestamps.millis(now), Timestamps.millis(now), id, organizationId)
			.update();
	}

	public boolean legalHold(UUID organizationId, UUID id, long version, boolean hold, Instant now) {
		return this.jdbc
			.sql("update inbox_item set legal_hold = ?, updated_at = ?, version = version + 1 "
					+ "where id = ? and organization_id = ? and version = ?")
			.params(hold, Timestamps.millis(now), id, organizationId, version)
			.update() == 1;
	}

	public void addNote(InboxNote note) {
		this.jdbc
			.sql("insert into inbox_note (id, item_id, organization_id, author_id, author_name, body, created_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(note.id(), note.itemId(), note.organizationId(), note.authorId(), note.authorName(), note.body(),
					Timestamps.millis(note.createdAt()))
			.update();
	}

	public List<InboxNote> notes(UUID organizationId, UUID itemId) {
		return this.jdbc
			.sql("select id, item_id, organization_id, author_id, author_name, body, created_at from inbox_note "
					+ "where item_id = ? and organization_id = ? order by created_at, id")
			.params(itemId, organizationId)
			.query((rs, n) -> new InboxNote(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getObject("organization_id", UUID.class), rs.getObject("author_id", UUID.class),
					rs.getString("author_name"), rs.getString("body"), Timestamps.read(rs, "created_at")))
			.list();
	}

}
