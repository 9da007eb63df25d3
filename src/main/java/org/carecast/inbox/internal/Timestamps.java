package org.carecast.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * {@code timestamp with time zone} columns are written and read as
 * {@link OffsetDateTime}, which both H2 and the PostgreSQL driver map without surprises.
 * Written to the millisecond, so that the list's keyset cursor (milliseconds) matches the
 * stored value exactly.
 */
final class Timestamps {

	private Timestamps() {
	}

	static OffsetDateTime of(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC)
				: null;
	}

	static Instant read(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
