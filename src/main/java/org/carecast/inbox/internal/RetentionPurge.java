package org.carecast.inbox.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the text (and author) of items hidden or deleted on their network longer ago
 * than the retention period, unless an administrator put the item under legal hold. The
 * row stays, with its labels and moderation reason, so counts and the audit trail still
 * make sense.
 */
@Component
public class RetentionPurge {

	private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

	private final JdbcClient jdbc;

	private final InboxProperties properties;

	private final Clock clock;

	RetentionPurge(JdbcClient jdbc, InboxProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** How many items lost their text. */
	@Transactional
	public int run() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(this.properties.retention());
		this.jdbc
			.sql("delete from inbox_note where item_id in (select id from inbox_item where moderation <> 'NONE' "
					+ "and moderated_at < ? and legal_hold = false and text_purged = false)")
			.param(Timestamps.millis(cutoff))
			.update();
		int purged = this.jdbc
			.sql("update inbox_item set body = '', author_handle = '', author_name = null, url = null, "
					+ "text_purged = true, updated_at = ?, version = version + 1 where moderation <> 'NONE' "
					+ "and moderated_at < ? and legal_hold = false and text_purged = false")
			.params(Timestamps.millis(now), Timestamps.millis(cutoff))
			.update();
		log.info("Inbox retention purge removed the text of {} hidden or deleted items", purged);
		return purged;
	}

}
