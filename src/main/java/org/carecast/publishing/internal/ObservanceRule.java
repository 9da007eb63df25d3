package org.carecast.publishing.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.publishing.DateSpan;

/**
 * When an observance falls, written as people write it, so the data file reads like the
 * organizers' own pages:
 * <ul>
 * <li>{@code October}: the whole month</li>
 * <li>{@code 14 November}, {@code 24 April, 7 days}: a fixed date, optionally for several
 * days</li>
 * <li>{@code last day of February}: the 28th or, in leap years, the 29th</li>
 * <li>{@code second Thursday of March}, {@code second Sunday of May, 7 days}: a weekday
 * counted in the month ({@code first} to {@code fourth}, or {@code last})</li>
 * <li>{@code first week of December}: seven days from that month's first Monday (weeks
 * start on Monday, as in ISO 8601)</li>
 * </ul>
 */
public final class ObservanceRule {

	private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

	private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";

	private static final String LENGTH = "(?:,\\s?(\\d{1,2}) days)?";

	private static final Pattern WHOLE_MONTH = Pattern.compile(MONTH);

	private static final Pattern FIXED = Pattern.compile("(\\d{1,2}) " + MONTH + LENGTH);

	private static final Pattern LAST_DAY = Pattern.compile("last day of " + MONTH);

	private static final Pattern WEEKDAY = Pattern
		.compile("(first|second|third|fourth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) of "
				+ MONTH + LENGTH);

	private static final Pattern WEEK = Pattern.compile("(first|second|third|fourth) week of " + MONTH);

	private final Kind kind;

	private final Month month;

	private final int day;

	private final String ordinal;

	private final DayOfWeek weekday;

	private final int days;

	private enum Kind {

		MONTH, FIXED, LAST_DAY, WEEKDAY

	}

	private ObservanceRule(Kind kind, Month month, int day, String ordinal, DayOfWeek weekday, int days) {
		this.kind = kind;
		this.month = month;
		this.day = day;
		this.ordinal = ordinal;
		this.weekday = weekday;
		this.days = days;
	}

	/**
	 * @throws IllegalArgumentException when the rule is not one of the forms above, or
	 * names a date that not every year has
	 */
	public static ObservanceRule parse(String rule) {
		String text = (rule != null) ? rule.strip().toLowerCase(Locale.ROOT) : "";
		Matcher m;
		if ((m = WHOLE_MONTH.matcher(text)).matches()) {
			return new ObservanceRule(Kind.MONTH, month(m.group(1)), 1, null, null, 0);
		}
		if ((m = FIXED.matcher(text)).matches()) {
			Month month = month(m.group(2));
			int day = Integer.parseInt(m.group(1));
			// 29 February is refused: the calendar must place every observance every
			// year.
			if (day < 1 || day > month.minLength()) {
				throw new IllegalArgumentException("not a date of every year: " + rule);
			}
			return new ObservanceRule(Kind.FIXED, month, day, null, null, length(m.group(3)));
		}
		if ((m = LAST_DAY.matcher(text)).matches()) {
			return new ObservanceRule(Kind.LAST_DAY, month(m.group(1)), 0, null, null, 1);
		}
		if ((m = WEEKDAY.matcher(text)).matches()) {
			return new ObservanceRule(Kind.WEEKDAY, month(m.group(3)), 0, m.group(1),
					DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)), length(m.group(4)));
		}
		if ((m = WEEK.matcher(text)).matches()) {
			return new ObservanceRule(Kind.WEEKDAY, month(m.group(2)), 0, m.group(1), DayOfWeek.MONDAY, 7);
		}
		throw new IllegalArgumentException("not a date rule: " + rule);
	}

	public DateSpan in(int year) {
		LocalDate first = switch (this.kind) {
			case MONTH -> LocalDate.of(year, this.month, 1);
			case FIXED -> LocalDate.of(year, this.month, this.day);
			case LAST_DAY -> LocalDate.of(year, this.month, 1).with(TemporalAdjusters.lastDayOfMonth());
			case WEEKDAY -> LocalDate.of(year, this.month, 1)
				.with("last".equals(this.ordinal) ? TemporalAdjusters.lastInMonth(this.weekday)
						: TemporalAdjusters.dayOfWeekInMonth(ORDINALS.indexOf(this.ordinal) + 1, this.weekday));
		};
		LocalDate last = (this.kind == Kind.MONTH) ? first.with(TemporalAdjusters.lastDayOfMonth())
				: first.plusDays(this.days - 1L);
		return new DateSpan(first, last);
	}

	private static Month month(String name) {
		return Month.valueOf(name.toUpperCase(Locale.ROOT));
	}

	private static int length(String days) {
		int value = (days != null) ? Integer.parseInt(days) : 1;
		if (value < 1 || value > 31) {
			throw new IllegalArgumentException("an observance lasts 1 to 31 days");
		}
		return value;
	}

}
