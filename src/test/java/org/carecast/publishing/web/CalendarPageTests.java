package org.carecast.publishing.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.carecast.publishing.Observances;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostState;
import org.carecast.publishing.web.CalendarPage.Day;
import org.carecast.publishing.web.CalendarPage.View;
import org.carecast.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Days in the organization's zone, across the weeks in which the US and the EU change
 * their clocks.
 */
class CalendarPageTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@ParameterizedTest(name = "week of {1} in {0} lasts {2} hours")
	@CsvSource({ "America/New_York, 2025-03-09, 167", "America/New_York, 2025-11-02, 169",
			"Europe/Berlin, 2025-03-30, 167", "Europe/Berlin, 2025-10-26, 169", "Europe/Berlin, 2025-06-15, 168" })
	void aWeekIsSevenLocalDaysHoweverManyHoursThatIs(String zone, LocalDate day, long hours) {
		LocalDate[] range = CalendarPage.range(View.WEEK, day);
		assertThat(range[1]).isEqualTo(range[0].plusDays(6));
		Instant[] span = CalendarPage.instants(range[0], range[1], ZoneId.of(zone));
		assertThat(Duration.between(span[0], span[1]).toHours()).isEqualTo(hours);
	}

	@Test
	void postsLandOnTheirLocalDayInTheUsSpringForwardWeek() {
		// Sunday 9 March 2025, 02:00 EST becomes 03:00 EDT.
		Post saturdayLate = post(ZonedDateTime.of(2025, 3, 8, 23, 30, 0, 0, NEW_YORK).toInstant());
		Post sundayAfterChange = post(ZonedDateTime.of(2025, 3, 9, 3, 30, 0, 0, NEW_YORK).toInstant());
		Post mondayMorning = post(ZonedDateTime.of(2025, 3, 10, 9, 0, 0, 0, NEW_YORK).toInstant());
		CalendarPage page = page(View.WEEK, LocalDate.of(2025, 3, 9), NEW_YORK, saturdayLate, sundayAfterChange,
				mondayMorning);
		assertThat(entries(page, LocalDate.of(2025, 3, 8))).containsExactly("23:30");
		assertThat(entries(page, LocalDate.of(2025, 3, 9))).containsExactly("03:30");
		// Monday 10 March is the next week: not in this one.
		assertThat(page.weeks()).hasSize(1);
		assertThat(page.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(page.weeks().get(0).get(6).date()).isEqualTo(LocalDate.of(2025, 3, 9));
	}

	@Test
	void postsLandOnTheirLocalDayInTheEuAutumnWeek() {
		// Sunday 26 October 2025, 03:00 CEST becomes 02:00 CET: 02:30 happens twice.
		Instant firstHalfPast2 = Instant.parse("2025-10-26T00:30:00Z");
		Instant secondHalfPast2 = Instant.parse("2025-10-26T01:30:00Z");
		Instant sundayLate = ZonedDateTime.of(2025, 10, 26, 23, 45, 0, 0, BERLIN).toInstant();
		CalendarPage page = page(View.WEEK, LocalDate.of(2025, 10, 22), BERLIN, post(firstHalfPast2),
				post(secondHalfPast2), post(sundayLate));
		assertThat(entries(page, LocalDate.of(2025, 10, 26))).containsExactly("02:30", "02:30", "23:45");
		// 23:45 local on Sunday is 22:45 UTC, still inside the week's last day.
		assertThat(sundayLate)
			.isBefore(CalendarPage.instants(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 26), BERLIN)[1]);
	}

	@Test
	void theEuSpringWeekInBerlinAndTheSameInstantsInNewYork() {
		Instant instant = Instant.parse("2025-03-30T22:30:00Z");
		// 00:30 on Monday 31 March in Berlin (CEST), 18:30 on Sunday 30 March in New
		// York.
		assertThat(
				entries(page(View.MONTH, LocalDate.of(2025, 3, 1), BERLIN, post(instant)), LocalDate.of(2025, 3, 31)))
			.containsExactly("00:30");
		assertThat(
				entries(page(View.MONTH, LocalDate.of(2025, 3, 1), NEW_YORK, post(instant)), LocalDate.of(2025, 3, 30)))
			.containsExactly("18:30");
	}

	@Test
	void aMonthIsWholeWeeksFromMondayWithDaysOutsideTheMonthMarked() {
		CalendarPage page = page(View.MONTH, LocalDate.of(2025, 3, 17), NEW_YORK);
		assertThat(page.title()).isEqualTo("March 2025");
		assertThat(page.weeks()).hasSize(6);
		assertThat(page.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2025, 2, 24));
		assertThat(page.weeks().get(0).get(0).inPeriod()).isFalse();
		assertThat(page.weeks().get(5).get(6).date()).isEqualTo(LocalDate.of(2025, 4, 6));
		assertThat(page.previous()).isEqualTo(LocalDate.of(2025, 2, 17));
	}

	@Test
	void aLongObservanceIsNamedOnItsFirstDayAndAtTheStartOfEachWeekOnly() {
		Observances observances = new Observances();
		CalendarPage page = CalendarPage.of(View.MONTH, LocalDate.of(2025, 10, 1), NEW_YORK, LocalDate.of(2025, 1, 1),
				List.of(), observances.between(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 11, 2)), List.of());
		List<LocalDate> named = page.weeks()
			.stream()
			.flatMap(List::stream)
			.filter((d) -> d.observances().stream().anyMatch((o) -> o.key().equals("breast-cancer-awareness-month")))
			.map(Day::date)
			.toList();
		assertThat(named).containsExactly(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 6),
				LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 27));
	}

	@ParameterizedTest(name = "{0} {1} in {2} is {3}")
	@CsvSource({ "2025-03-09, 02:30, America/New_York, 2025-03-09T07:30:00Z",
			"2025-03-09, 01:59, America/New_York, 2025-03-09T06:59:00Z",
			"2025-11-02, 01:30, America/New_York, 2025-11-02T05:30:00Z",
			"2025-03-30, 02:15, Europe/Berlin, 2025-03-30T01:15:00Z",
			"2025-10-26, 02:30, Europe/Berlin, 2025-10-26T00:30:00Z" })
	void movingToALocalTimeResolvesDstGapsForwardAndOverlapsToTheEarlier(String date, String time, String zone,
			Instant expected) {
		assertThat(CalendarController.localTime(date, time, ZoneId.of(zone))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "2025-02-30, 09:00", "tomorrow, 09:00", "2025-03-09, 25:00", "'', ''", "1900-01-01, 09:00",
			"+99999-01-01, 09:00" })
	void refusesWhatIsNotAPlausibleDateAndTime(String date, String time) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CalendarController.localTime(date, time, NEW_YORK));
	}

	@Test
	void anImplausibleAnchorMeansToday() {
		LocalDate today = LocalDate.of(2025, 5, 5);
		assertThat(CalendarController.anchor("+999999999-12-31", today)).isEqualTo(today);
		assertThat(CalendarController.anchor("<script>", today)).isEqualTo(today);
		assertThat(CalendarController.anchor("2026-01-31", today)).isEqualTo(LocalDate.of(2026, 1, 31));
	}

	private static CalendarPage page(View view, LocalDate anchor, ZoneId zone, Post... posts) {
		return CalendarPage.of(view, anchor, zone, LocalDate.of(2025, 1, 1), List.of(posts), List.of(), List.of());
	}

	private static List<String> entries(CalendarPage page, LocalDate date) {
		return page.weeks()
			.stream()
			.flatMap(List::stream)
			.filter((d) -> d.date().equals(date))
			.map(Day::entries)
			.flatMap(List::stream)
			.map(CalendarPage.Entry::time)
			.toList();
	}

	private static Post post(Instant at) {
		return new Post(UUID.randomUUID(), UUID.randomUUID(), "Flu shots this week.", null, null, null, null, at,
				UUID.randomUUID(), "Author", PostState.SCHEDULED, null, null, null, at, at, 0, List.of(), List.of());
	}

}
