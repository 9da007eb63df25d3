package org.carecast.channels.meta;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Graph API timestamps, such as {@code 2026-11-24T10:15:00+0000} (offset without a colon,
 * which ISO parsing in Java rejects) or the ISO form with a colon.
 */
public final class GraphTime {

	private static final DateTimeFormatter GRAPH = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.appendPattern("[XXX][XX][X]")
		.toFormatter();

	private GraphTime() {
	}

	public static Optional<Instant> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(text.trim(), GRAPH).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
