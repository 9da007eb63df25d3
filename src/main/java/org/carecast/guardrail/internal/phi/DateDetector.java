package org.carecast.guardrail.internal.phi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Token;
import org.carecast.guardrail.internal.text.StartPattern;

/**
 * Dates more specific than a year, tied to a person: numeric forms (4/22/2019,
 * 2024-05-06, 3.7.24, 10/2), month names with a day or year (July 16, 3rd March, Feb
 * 2023, 10 de agosto), ordinal days (on the 14th, Tues 14th), a month alone after
 * "in"/"since" and holidays with a year. A date counts only when the text speaks of a
 * person, and not when a time of day follows it (an event announcement). Years alone
 * never count.
 */
final class DateDetector implements Detector {

	private static final String ORDINAL = "(?:st|nd|rd|th)";

	private static final Pattern TIME_AFTER = Pattern.compile(
			"^[,)]?\\s{0,3}+(?:from |at |,\\s)?\\d{1,2}(?::\\d\\d)?(?:\\s?[\u2013-]\\s?\\d{1,2}(?::\\d\\d)?)?\\s?(?:am|pm|a\\.m|p\\.m|noon)|^[,)]?\\s{0,3}+noon");

	private static final Pattern HOLIDAYS = Pattern.compile("(?:4th|fourth) of july|5 de mayo|cinco de mayo");

	/**
	 * Births and deaths are announced with their time ("born 11/3 at 2:14 a.m."), so a
	 * time after such a date does not make it an event.
	 */
	private static final Pattern BIRTH_OR_DEATH = Pattern
		.compile("\\b(?:born|birth|died|death|passed|arrived|delivered|nació|naci[oó])\\b");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)1[0-8]\\d\\d(?!\\d)");

	private static final Pattern DATE_WORD_BEFORE = Pattern
		.compile("\\b(?:on|since|from|admitted|dob|born|until|by)\\s$");

	private final List<Rule> rules;

	private final java.util.Set<String> monthNames;

	private static final String DIGITS = "0123456789";

	private final StartPattern shortNumeric = StartPattern
		.atWordStart(Pattern.compile("(?<![\\w/.])(\\d{1,2})/(\\d{1,2})(?![\\w/]|\\.\\d)"), DIGITS);

	DateDetector(Lexicon lexicon) {
		this.monthNames = lexicon.months().keySet();
		List<String> names = new ArrayList<>(lexicon.months().keySet());
		names.sort(Comparator.comparingInt(String::length).reversed());
		String month = "(?:" + String.join("|", names) + ")\\.?";
		List<String> days = new ArrayList<>(lexicon.weekdays());
		days.sort(Comparator.comparingInt(String::length).reversed());
		String weekday = "(?:" + String.join("|", days) + ")\\.?,?";
		String range = "(?:\\s?[\u2013-]\\s?\\d{1,2}" + ORDINAL + "?)?";
		// Each rule is tried only where its matches can begin: at a number, or at a
		// month, weekday or "the" (StartPattern).
		List<String> dayOrMonth = new ArrayList<>(days);
		dayOrMonth.addAll(names);
		List<String> dayOrThe = new ArrayList<>(days);
		dayOrThe.addAll(List.of("the", "el"));
		this.rules = List.of(
				new Rule(Pattern.compile("(?<![\\w/.])\\d{1,2}([/.-])\\d{1,2}\\1(?:\\d{4}|\\d{2})(?![\\w/])"), DIGITS,
						"phi.date.numeric", 0.9),
				new Rule(Pattern.compile("(?<![\\w/.-])\\d{4}-\\d{1,2}-\\d{1,2}(?![\\w/])"), DIGITS, "phi.date.iso",
						0.9),
				new Rule(Pattern.compile("\\b(?:" + weekday + "\\s)?" + month + "\\s\\d{1,2}" + ORDINAL + "?" + range
						+ "(?:,?\\s\\d{4})?(?!\\d)"), dayOrMonth, "phi.date.month-day", 0.85),
				new Rule(Pattern.compile(
						"\\b\\d{1,2}" + ORDINAL + "?\\s(?:of\\s|de\\s)?" + month + "(?:,?\\s(?:de\\s)?\\d{4})?\\b"),
						DIGITS, "phi.date.day-month", 0.85),
				new Rule(Pattern.compile("\\b" + month + "\\s\\d{4}\\b"), names, "phi.date.month-year", 0.75),
				new Rule(Pattern.compile("\\b(?:" + weekday + "\\s)?(?:the|el)\\s\\d{1,2}" + ORDINAL + "\\b"), dayOrThe,
						"phi.date.ordinal-day", 0.7),
				new Rule(Pattern.compile("\\b" + weekday + "\\s\\d{1,2}(?:" + ORDINAL + "|/\\d{1,2})\\b"), days,
						"phi.date.weekday-day", 0.75),
				new Rule(Pattern.compile(
						"\\b(?:christmas(?: day| eve)?|thanksgiving|easter|new year's(?: day| eve)?|halloween|hanukkah|diwali|eid)\\s\\d{4}\\b"),
						List.of("christmas", "thanksgiving", "easter", "new", "halloween", "hanukkah", "diwali", "eid"),
						"phi.date.holiday-year", 0.75));
	}

	@Override
	public void detect(PhiScan scan, List<Candidate> found) {
		String lower = scan.analysis().lower();
		boolean digits = hasDigit(lower);
		if (!scan.personMentioned(found)) {
			// A full date with its year is specific enough to hold on its own (a birth
			// date
			// posted without a name); partial dates need a person nearby.
			if (digits) {
				for (Rule rule : this.rules.subList(0, 2)) {
					StartPattern.Finder matcher = rule.pattern().finder(lower);
					while (matcher.find()) {
						add(found, lower, matcher.start(), matcher.end(), rule.score(), rule.name());
					}
				}
			}
			return;
		}
		boolean months = mentionsMonth(scan);
		List<Candidate> dates = new ArrayList<>();
		if (digits) {
			// Every rule but "month alone" needs a digit; the month rules also need a
			// month.
			for (Rule rule : this.rules) {
				if (months || !rule.needsMonth()) {
					StartPattern.Finder matcher = rule.pattern().finder(lower);
					while (matcher.find()) {
						add(dates, lower, matcher.start(), matcher.end(), rule.score(), rule.name());
					}
				}
			}
			shortNumeric(lower, dates);
		}
		if (months) {
			StartPattern.Finder monthAlone = MONTH_ALONE.finder(scan.analysis().text());
			while (monthAlone.find()) {
				add(dates, lower, monthAlone.start(1), monthAlone.end(1), 0.55, "phi.date.month");
			}
		}
		found.addAll(dates);
	}

	private void shortNumeric(String lower, List<Candidate> dates) {
		StartPattern.Finder numeric = this.shortNumeric.finder(lower);
		while (numeric.find()) {
			int month = Integer.parseInt(numeric.group(1));
			int day = Integer.parseInt(numeric.group(2));
			boolean rating = day == 10 && !dateWordBefore(lower, numeric.start());
			if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && !rating) {
				add(dates, lower, numeric.start(), numeric.end(), 0.7, "phi.date.month-day-numeric");
			}
		}
	}

	private boolean mentionsMonth(PhiScan scan) {
		Analysis analysis = scan.analysis();
		for (int i = 0; i < analysis.size(); i++) {
			if (analysis.token(i).kind() == Token.Kind.WORD && this.monthNames.contains(analysis.lowerWord(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	private static final StartPattern MONTH_ALONE = StartPattern.atWords(Pattern.compile(
			"\\b(?:in|since|In|Since|desde|en|until|from)\\s(January|February|March|April|June|July|August|September|October|November|December)\\b(?!\\s\\d)"),
			List.of("in", "since", "In", "Since", "desde", "en", "until", "from"));

	private static void add(List<Candidate> dates, String lower, int start, int end, double score, String rule) {
		String before = lower.substring(Math.max(0, start - 16), start);
		boolean event = !BIRTH_OR_DEATH.matcher(before).find()
				&& TIME_AFTER.matcher(lower.substring(end, Math.min(lower.length(), end + 20))).find();
		if (HOLIDAYS.matcher(lower.substring(start, end)).matches() || event || historical(lower, start, end)) {
			return;
		}
		dates.add(new Candidate("DATE", start, end, score, rule, "date more specific than a year, near a person"));
	}

	/**
	 * A date before 1900 belongs to history (a famous birthday), not to a living patient.
	 */
	private static boolean historical(String lower, int start, int end) {
		Matcher year = YEAR.matcher(lower).region(start, end);
		return year.find() && Integer.parseInt(year.group()) < 1900;
	}

	private static boolean dateWordBefore(String lower, int start) {
		String before = lower.substring(Math.max(0, start - 10), start);
		return DATE_WORD_BEFORE.matcher(before).find();
	}

	record Rule(StartPattern pattern, String name, double score) {

		Rule(Pattern pattern, String firstChars, String name, double score) {
			this(StartPattern.atWordStart(pattern, firstChars), name, score);
		}

		Rule(Pattern pattern, List<String> firstWords, String name, double score) {
			this(StartPattern.atWords(pattern, firstWords), name, score);
		}

		boolean needsMonth() {
			return this.name.equals("phi.date.month-day") || this.name.equals("phi.date.day-month")
					|| this.name.equals("phi.date.month-year");
		}

	}

}
