package org.carecast.shared.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * {@code timestamp with time zone} columns are written and read as
 * {@link OffsetDateTime}, which both H2 and the PostgreSQL driver map without surprises.
 * Every module's repositories use this one mapping.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/** To the microsecond, the precision both databases store. */
	public static @Nullable OffsetDateTime of(@Nullable Instant instant) {
		return of(instant, ChronoUnit.MICROS);
	}

	/**
	 * To the millisecond, for values that must compare equal to what a page or cursor
	 * carries (the inbox's keyset cursor uses milliseconds).
	 */
	public static @Nullable OffsetDateTime millis(@Nullable Instant instant) {
		return of(instant, ChronoUnit.MILLIS);
	}

	private static @Nullable OffsetDateTime of(@Nullable Instant instant, ChronoUnit unit) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant.truncatedTo(unit), ZoneOffset.UTC) : null;
	}

	public static @Nullable Instant read(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
