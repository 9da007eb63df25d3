package org.carecast.inbox.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organization's inbox settings (for now, its own crisis line). */
@Repository
public class SettingsStore {

	private final JdbcClient jdbc;

	SettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> localCrisisLine(UUID organizationId) {
		return this.jdbc.sql("select local_crisis_line from inbox_settings where organization_id = ?")
			.param(organizationId)
			.query(String.class)
			.optional();
	}

	public void saveLocalCrisisLine(UUID organizationId, String line, Instant now) {
		int updated = this.jdbc
			.sql("update inbox_settings set local_crisis_line = ?, updated_at = ? where organization_id = ?")
			.params(line, Timestamps.millis(now), organizationId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into inbox_settings (organization_id, local_crisis_line, updated_at) values (?, ?, ?)")
				.params(organizationId, line, Timestamps.millis(now))
				.update();
		}
	}

}
