package org.carecast.channels.inbound;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.carecast.channels.InboundStream;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How far each stream of each account has been read ({@code channel_inbound_cursor}).
 */
@Repository
public class InboundCursors {

	private final JdbcClient jdbc;

	InboundCursors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param cursor where reading goes on from; null before the first read
	 * @param notBefore the stream is held back until then, after a rate limit or failure
	 */
	public record Position(@Nullable String cursor, @Nullable Instant notBefore) {

		static final Position START = new Position(null, null);

	}

	public Position find(UUID organizationId, UUID accountId, InboundStream stream) {
		return this.jdbc
			.sql("select cursor_value, not_before from channel_inbound_cursor where organization_id = ? "
					+ "and account_id = ? and stream = ?")
			.params(organizationId, accountId, stream.name())
			.query((rs, row) -> {
				OffsetDateTime notBefore = rs.getObject("not_before", OffsetDateTime.class);
				return new Position(rs.getString("cursor_value"), (notBefore != null) ? notBefore.toInstant() : null);
			})
			.optional()
			.orElse(Position.START);
	}

	/** Stores the new cursor and clears any hold; call in the items' transaction. */
	public void advance(UUID organizationId, UUID accountId, InboundStream stream, @Nullable String cursor,
			Instant at) {
		int updated = this.jdbc
			.sql("update channel_inbound_cursor set cursor_value = ?, last_polled_at = ?, not_before = null, "
					+ "last_problem = null where organization_id = ? and account_id = ? and stream = ?")
			.params(cursor, at(at), organizationId, accountId, stream.name())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into channel_inbound_cursor (organization_id, account_id, stream, cursor_value, "
						+ "last_polled_at) values (?, ?, ?, ?, ?)")
				.params(organizationId, accountId, stream.name(), cursor, at(at))
				.update();
		}
	}

	/** Holds the stream back until {@code notBefore}; the cursor stays. */
	public void holdBack(UUID organizationId, UUID accountId, InboundStream stream, Instant notBefore, String problem,
			Instant at) {
		String plain = (problem.length() > 500) ? problem.substring(0, 500) : problem;
		int updated = this.jdbc
			.sql("update channel_inbound_cursor set not_before = ?, last_problem = ?, last_polled_at = ? "
					+ "where organization_id = ? and account_id = ? and stream = ?")
			.params(at(notBefore), plain, at(at), organizationId, accountId, stream.name())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into channel_inbound_cursor (organization_id, account_id, stream, last_polled_at, "
						+ "not_before, last_problem) values (?, ?, ?, ?, ?, ?)")
				.params(organizationId, accountId, stream.name(), at(at), at(notBefore), plain)
				.update();
		}
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
	}

}
