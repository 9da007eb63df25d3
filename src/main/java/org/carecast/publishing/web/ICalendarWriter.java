package org.carecast.publishing.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar file (RFC 5545) of events: CRLF line ends, content lines folded at
 * 75 octets without splitting a UTF-8 character (3.1), TEXT values escaped (3.3.11) and
 * times in UTC ("Z", form #2 of 3.3.5), so no VTIMEZONE is needed.
 */
final class ICalendarWriter {

	static final int LINE_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/**
	 * One VEVENT.
	 *
	 * @param uid globally unique and stable, so a re-import updates rather than
	 * duplicates
	 * @param stamp when the information was last changed
	 */
	record Event(String uid, Instant stamp, Instant start, String summary, String description) {
	}

	private final StringBuilder out = new StringBuilder();

	String write(String calendarName, List<Event> events) {
		this.out.setLength(0);
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Carecast//Posts//EN");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + text(calendarName));
		for (Event event : events) {
			line("BEGIN:VEVENT");
			line("UID:" + text(event.uid()));
			line("DTSTAMP:" + UTC.format(event.stamp()));
			line("DTSTART:" + UTC.format(event.start()));
			line("DURATION:PT15M");
			line("SUMMARY:" + text(event.summary()));
			if (event.description() != null && !event.description().isEmpty()) {
				line("DESCRIPTION:" + text(event.description()));
			}
			line("END:VEVENT");
		}
		line("END:VCALENDAR");
		return this.out.toString();
	}

	/**
	 * A TEXT value: backslash, semicolon and comma escaped, every line break as
	 * {@code \n}, other control characters dropped (3.3.11 allows none but HTAB).
	 */
	static String text(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				case '\r' -> {
					escaped.append("\\n");
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						i++;
					}
				}
				default -> {
					if (c == '\t' || c >= 0x20 && c != 0x7F) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * Folds a content line: at most 75 octets per physical line, each continuation
	 * starting with one space, never inside a UTF-8 sequence or a surrogate pair.
	 */
	static String fold(String line) {
		StringBuilder folded = new StringBuilder(line.length() + 8);
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int chars = Character.charCount(codePoint);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > LINE_OCTETS) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.append(line, i, i + chars);
			octets += size;
			i += chars;
		}
		return folded.append("\r\n").toString();
	}

	private void line(String contentLine) {
		this.out.append(fold(contentLine));
	}

}
