package org.carecast.publishing.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.publishing.LibraryItem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The content library, always within one organization.
 */
@Repository
public class LibraryRepository {

	private static final String COLUMNS = "id, organization_id, post_id, base_text, health_topic, sources, review_by, "
			+ "saved_by, saved_at, reviewed_by, reviewed_at, version";

	private final JdbcClient jdbc;

	LibraryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(LibraryItem item) {
		this.jdbc.sql("insert into library_item (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(item.id(), item.organizationId(), item.postId(), item.baseText(), item.healthTopic(),
					item.sources(), Date.valueOf(item.reviewBy()), item.savedBy(), Timestamps.of(item.savedAt()),
					item.reviewedBy(), Timestamps.of(item.reviewedAt()), item.version())
			.update();
	}

	/** Sets a new re-review date if the item is still at {@code expectedVersion}. */
	public boolean reviewed(UUID organizationId, UUID id, long expectedVersion, LocalDate reviewBy, String by,
			Instant at) {
		return this.jdbc
			.sql("update library_item set review_by = ?, reviewed_by = ?, reviewed_at = ?, version = version + 1 "
					+ "where id = ? and organization_id = ? and version = ?")
			.params(Date.valueOf(reviewBy), by, Timestamps.of(at), id, organizationId, expectedVersion)
			.update() == 1;
	}

	public Optional<LibraryItem> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from library_item where id = ? and organization_id = ?")
			.params(id, organizationId)
			.query(this::item)
			.optional();
	}

	public boolean holds(UUID organizationId, UUID postId) {
		return this.jdbc.sql("select count(*) from library_item where organization_id = ? and post_id = ?")
			.params(organizationId, postId)
			.query(Long.class)
			.single() > 0;
	}

	/** Soonest re-review first, so what needs attention is on top. */
	public List<LibraryItem> list(UUID organizationId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from library_item where organization_id = ? order by review_by, saved_at "
					+ "limit 500")
			.param(organizationId)
			.query(this::item)
			.list();
	}

	private LibraryItem item(ResultSet rs, int n) throws SQLException {
		return new LibraryItem(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("post_id", UUID.class), rs.getString("base_text"), rs.getString("health_topic"),
				rs.getString("sources"), rs.getObject("review_by", LocalDate.class), rs.getString("saved_by"),
				Timestamps.read(rs, "saved_at"), rs.getString("reviewed_by"), Timestamps.read(rs, "reviewed_at"),
				rs.getLong("version"));
	}

}
