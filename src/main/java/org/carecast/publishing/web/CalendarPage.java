package org.carecast.publishing.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Campaign;
import org.carecast.publishing.Observance;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostRescheduling;

/**
 * A month or a week of days in the organization's time zone, each day with its posts,
 * observances and campaigns. A day is the span between two local midnights, so a day of a
 * DST change is 23 or 25 hours long and every post lands on the day its local time says.
 */
record CalendarPage(View view, LocalDate anchor, ZoneId zone, String title, LocalDate previous, LocalDate next,
		List<List<Day>> weeks) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_TITLE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	enum View {

		MONTH, WEEK;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static View of(String code) {
			return "week".equalsIgnoreCase(code) ? WEEK : MONTH;
		}

	}

	/** The first and last day shown: whole weeks, Monday to Sunday. */
	static LocalDate[] range(View view, LocalDate anchor) {
		LocalDate first = (view == View.MONTH) ? anchor.withDayOfMonth(1) : anchor;
		LocalDate last = (view == View.MONTH) ? anchor.with(TemporalAdjusters.lastDayOfMonth()) : anchor;
		return new LocalDate[] { first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
				last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) };
	}

	/** The instant the first day starts and the instant after the last day ends. */
	static Instant[] instants(LocalDate first, LocalDate last, ZoneId zone) {
		return new Instant[] { first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant() };
	}

	static CalendarPage of(View view, LocalDate anchor, ZoneId zone, LocalDate today, List<Post> posts,
			List<Observance.Occurrence> observances, List<Campaign> campaigns) {
		LocalDate[] range = range(view, anchor);
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (LocalDate date = range[0]; !date.isAfter(range[1]); date = date.plusDays(1)) {
			LocalDate day = date;
			List<Entry> entries = posts.stream()
				.filter((p) -> LocalDate.ofInstant(p.scheduledAt(), zone).equals(day))
				.map((p) -> Entry.of(p, zone))
				.toList();
			week.add(new Day(day, DAY_TITLE.format(day), view == View.WEEK || day.getMonth() == anchor.getMonth(),
					day.equals(today),
					observances.stream()
						.filter((o) -> o.span().contains(day) && startsRow(day, o.span().first()))
						.map(Observance.Occurrence::observance)
						.toList(),
					campaigns.stream().filter((c) -> c.runsOn(day) && startsRow(day, c.startsOn())).toList(), entries));
			if (week.size() == 7) {
				weeks.add(List.copyOf(week));
				week.clear();
			}
		}
		String title = (view == View.MONTH) ? MONTH_TITLE.format(anchor)
				: "Week of " + SHORT_DAY.format(range[0]) + " to " + SHORT_DAY.format(range[1]);
		LocalDate previous = (view == View.MONTH) ? anchor.minusMonths(1) : anchor.minusWeeks(1);
		LocalDate next = (view == View.MONTH) ? anchor.plusMonths(1) : anchor.plusWeeks(1);
		return new CalendarPage(view, anchor, zone, title, previous, next, List.copyOf(weeks));
	}

	/**
	 * Whether a span is named on {@code day}: on its first day and at the start of each
	 * week row it runs into, so a month-long observance does not fill every cell.
	 */
	static boolean startsRow(LocalDate day, LocalDate first) {
		return day.equals(first) || day.getDayOfWeek() == DayOfWeek.MONDAY;
	}

	/** One day of the calendar. */
	record Day(LocalDate date, String title, boolean inPeriod, boolean today, List<Observance> observances,
			List<Campaign> campaigns, List<Entry> entries) {

		public String iso() {
			return this.date.toString();
		}

	}

	/**
	 * A post on its day: local time, state and networks in words, the first words of its
	 * text.
	 */
	record Entry(Post post, String time, String networks, String excerpt, boolean movable) {

		static Entry of(Post post, ZoneId zone) {
			ZonedDateTime local = post.scheduledAt().atZone(zone);
			String networks = post.variants()
				.stream()
				.map((v) -> v.network())
				.distinct()
				.map(ChannelNetwork::code)
				.collect(Collectors.joining(", "));
			String text = post.baseText().strip();
			// Cut by code points, so an emoji is never split in half.
			String excerpt = (text.codePointCount(0, text.length()) > 60)
					? text.substring(0, text.offsetByCodePoints(0, 59)) + "\u2026" : text;
			return new Entry(post, TIME.format(local), networks.isEmpty() ? "no accounts yet" : networks, excerpt,
					PostRescheduling.movable(post.state()));
		}

		String dateInput(ZoneId zone) {
			return LocalDate.ofInstant(this.post.scheduledAt(), zone).toString();
		}

	}

}
