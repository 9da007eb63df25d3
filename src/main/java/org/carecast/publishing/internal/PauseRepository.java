package org.carecast.publishing.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.carecast.publishing.PauseStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PauseRepository {

	private final JdbcClient jdbc;

	PauseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PauseStatus> find(UUID organizationId) {
		return this.jdbc
			.sql("select paused, changed_at, changed_by, reason from publishing_pause where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> new PauseStatus(rs.getBoolean("paused"), Timestamps.read(rs, "changed_at"),
					rs.getString("changed_by"), rs.getString("reason")))
			.optional();
	}

	/**
	 * Locks the organization's row (creating it) so pause and resume do not interleave.
	 */
	public PauseStatus lock(UUID organizationId, Instant now) {
		if (find(organizationId).isEmpty()) {
			this.jdbc
				.sql("insert into publishing_pause (organization_id, paused, changed_at, changed_by) "
						+ "values (?, false, ?, 'system')")
				.params(organizationId, Timestamps.of(now))
				.update();
		}
		return this.jdbc
			.sql("select paused, changed_at, changed_by, reason from publishing_pause where organization_id = ? "
					+ "for update")
			.param(organizationId)
			.query((rs, n) -> new PauseStatus(rs.getBoolean("paused"), Timestamps.read(rs, "changed_at"),
					rs.getString("changed_by"), rs.getString("reason")))
			.single();
	}

	public void save(UUID organizationId, PauseStatus status) {
		this.jdbc
			.sql("update publishing_pause set paused = ?, changed_at = ?, changed_by = ?, reason = ? "
					+ "where organization_id = ?")
			.params(status.paused(), Timestamps.of(status.changedAt()), status.changedBy(), status.reason(),
					organizationId)
			.update();
	}

}
