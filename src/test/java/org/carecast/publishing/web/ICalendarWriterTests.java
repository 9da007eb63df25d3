package org.carecast.publishing.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarWriterTests {

	@Test
	void writesACalendarAsCheckedByHand() {
		ICalendarWriter.Event event = new ICalendarWriter.Event("5c1f0e52-3a0b-4c1e-9d52-6f1f7d1b2a10@carecast",
				Instant.parse("2026-03-01T12:34:56Z"), Instant.parse("2026-03-08T14:00:00Z"),
				"Flu shots, walk-in; no appointment", "Scheduled\nx: @clinic");
		String written = new ICalendarWriter().write("Carecast posts", List.of(event));
		assertThat(written).isEqualTo("""
				BEGIN:VCALENDAR\r
				VERSION:2.0\r
				PRODID:-//Carecast//Posts//EN\r
				CALSCALE:GREGORIAN\r
				METHOD:PUBLISH\r
				X-WR-CALNAME:Carecast posts\r
				BEGIN:VEVENT\r
				UID:5c1f0e52-3a0b-4c1e-9d52-6f1f7d1b2a10@carecast\r
				DTSTAMP:20260301T123456Z\r
				DTSTART:20260308T140000Z\r
				DURATION:PT15M\r
				SUMMARY:Flu shots\\, walk-in\\; no appointment\r
				DESCRIPTION:Scheduled\\nx: @clinic\r
				END:VEVENT\r
				END:VCALENDAR\r
				""");
	}

	@Test
	void escapesTextValues() {
		assertThat(ICalendarWriter.text("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
		// Control characters other than tab are not allowed in TEXT.
		assertThat(ICalendarWriter.text("bell\u0007\ttab\u007F")).isEqualTo("bell\ttab");
		assertThat(ICalendarWriter.text("colon: stays")).isEqualTo("colon: stays");
	}

	@Test
	void foldsAt75Octets() {
		String line = "SUMMARY:" + "a".repeat(80);
		assertThat(ICalendarWriter.fold(line))
			.isEqualTo("SUMMARY:" + "a".repeat(67) + "\r\n " + "a".repeat(13) + "\r\n");
		assertThat(ICalendarWriter.fold("SUMMARY:" + "a".repeat(67))).isEqualTo("SUMMARY:" + "a".repeat(67) + "\r\n");
		// 75 + 74 + 74: continuation lines hold 74 octets after their space.
		String longer = "X:" + "b".repeat(73 + 74 + 74);
		assertThat(ICalendarWriter.fold(longer))
			.isEqualTo("X:" + "b".repeat(73) + "\r\n " + "b".repeat(74) + "\r\n " + "b".repeat(74) + "\r\n");
	}

	@Test
	void neverSplitsAUtf8Character() {
		// 12 + 31 x 2 = 74 octets; one more é would make 76.
		assertThat(ICalendarWriter.fold("DESCRIPTION:" + "é".repeat(40)))
			.isEqualTo("DESCRIPTION:" + "é".repeat(31) + "\r\n " + "é".repeat(9) + "\r\n");
		// 2 + 18 x 4 = 74 octets; emoji are surrogate pairs in Java and four octets in
		// UTF-8.
		assertThat(ICalendarWriter.fold("X:" + "💉".repeat(20)))
			.isEqualTo("X:" + "💉".repeat(18) + "\r\n " + "💉".repeat(2) + "\r\n");
	}

	@Test
	void everyPhysicalLineFitsWhateverTheText() {
		String summary = "Vacunación gratis 💉, sábado; \\ 東京 ".repeat(20);
		String written = new ICalendarWriter().write("Posts",
				List.of(new ICalendarWriter.Event("u@carecast", Instant.EPOCH, Instant.EPOCH, summary, summary)));
		assertThat(written).endsWith("\r\n");
		for (String physical : written.split("\r\n")) {
			assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(physical).doesNotContain("\n").doesNotContain("\r");
		}
		// Unfolding (3.1) gives back the escaped value.
		assertThat(written.replace("\r\n ", "")).contains("SUMMARY:" + ICalendarWriter.text(summary) + "\r\n");
	}

}
