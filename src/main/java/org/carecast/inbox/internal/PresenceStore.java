package org.carecast.inbox.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who opened an item's reply form, and when. In the database so that every node of a
 * cluster sees the same; old rows are simply ignored (and overwritten on the next visit).
 */
@Repository
public class PresenceStore {

	private final JdbcClient jdbc;

	PresenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void mark(UUID organizationId, UUID itemId, UUID userId, String userName, Instant now) {
		int updated = this.jdbc
			.sql("update inbox_presence set seen_at = ?, user_name = ? where item_id = ? and user_id = ? "
					+ "and organization_id = ?")
			.params(Timestamps.millis(now), userName, itemId, userId, organizationId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into inbox_presence (item_id, organization_id, user_id, user_name, seen_at) "
						+ "values (?, ?, ?, ?, ?)")
				.params(itemId, organizationId, userId, userName, Timestamps.millis(now))
				.update();
		}
	}

	/** The names of other people who opened the form since {@code since}. */
	public List<String> others(UUID organizationId, UUID itemId, UUID me, Instant since) {
		return this.jdbc
			.sql("select user_name from inbox_presence where item_id = ? and organization_id = ? and user_id <> ? "
					+ "and seen_at >= ? order by seen_at desc")
			.params(itemId, organizationId, me, Timestamps.millis(since))
			.query(String.class)
			.list();
	}

}
