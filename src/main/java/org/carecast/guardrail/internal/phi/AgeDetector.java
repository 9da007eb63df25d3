package org.carecast.guardrail.internal.phi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.internal.text.StartPattern;

/**
 * Ages over 89, which Safe Harbor treats as identifying: "93-year-old", "94yo", "101
 * años", "100th birthday", "ninety-two years old", and bare numbers said of a person ("My
 * mom is 91", "Edith Pearson, 96,", "(95)").
 */
final class AgeDetector implements Detector {

	private static final Pattern WITH_UNIT = Pattern.compile(
			"\\b(\\d{2,3}+)(?:[ -]?(?:year|yr)s?+[ -]old\\b|(?: ?yo|y/o|y\\.o\\.| years? old| yrs? old| años| ans)\\b)");

	private static final Pattern BIRTHDAY = Pattern
		.compile("\\b(\\d{2,3}+)(?:st|nd|rd|th) (?:birthday|bday|b-day|cumpleaños)");

	private static final Pattern IN_WORDS = Pattern.compile(
			"\\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?+|(?:one |a )?hundred(?: and (?:one|two|three|four|five))?+)[- ]years?[- ]old\\b");

	private static final Pattern BARE = Pattern.compile("(?<![\\d.,$#/:-])(\\d{2,3}+)(?![\\d%°/:-]|\\.\\d)");

	// Each pattern is tried only where a match can start (StartPattern): at a number.
	static final StartPattern WITH_UNIT_STARTS = StartPattern.atWordStart(WITH_UNIT, "0123456789");

	static final StartPattern BIRTHDAY_STARTS = StartPattern.atWordStart(BIRTHDAY, "0123456789");

	static final StartPattern BARE_STARTS = StartPattern.where(BARE,
			(text, p) -> StartPattern.isAsciiDigit(text.charAt(p))
					&& (p == 0 || !StartPattern.isAsciiDigit(text.charAt(p - 1))));

	private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}']++");

	private final Lexicon lexicon;

	AgeDetector(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	@Override
	public void detect(PhiScan scan, List<Candidate> found) {
		String lower = scan.analysis().lower();
		// Numeric ages need two digits in a row, ages in words "ninety" or "hundred".
		String numeric = (scan.longestDigitRun() >= 2) ? lower : "";
		addAll(WITH_UNIT_STARTS.finder(numeric), found, "phi.age.years-old", 0.9);
		addAll(BIRTHDAY_STARTS.finder(numeric), found, "phi.age.birthday", 0.85);
		boolean inWords = lower.contains("ninety") || lower.contains("hundred");
		Matcher words = IN_WORDS.matcher(inWords ? lower : "");
		while (words.find()) {
			found.add(new Candidate("AGE", words.start(), words.end(), 0.85, "phi.age.words", "age over 89 in words"));
		}
		if (!numeric.isEmpty() && scan.personMentioned(found)) {
			bare(scan.analysis(), found);
		}
	}

	private static void addAll(StartPattern.Finder matcher, List<Candidate> found, String rule, double score) {
		while (matcher.find()) {
			int age = Integer.parseInt(matcher.group(1));
			if (age > 89 && age < 130) {
				int end = rule.equals("phi.age.birthday") ? matcher.end(1) + 2 : matcher.end();
				found.add(new Candidate("AGE", matcher.start(), end, score, rule, "age over 89 with a unit"));
			}
		}
	}

	private void bare(Analysis analysis, List<Candidate> found) {
		String lower = analysis.lower();
		StartPattern.Finder matcher = BARE_STARTS.finder(lower);
		while (matcher.find()) {
			int age = Integer.parseInt(matcher.group(1));
			if (age <= 89 || age >= 125 || overlapsExisting(found, matcher.start(), matcher.end())) {
				continue;
			}
			String before = lower.substring(Math.max(0, matcher.start() - 12), matcher.start());
			String after = lower.substring(matcher.end(), Math.min(lower.length(), matcher.end() + 12));
			String nextWord = NON_LETTER.split(after.strip(), 2)[0];
			if (this.lexicon.cue("units").contains(nextWord)) {
				continue;
			}
			boolean aside = (before.endsWith("(") || before.endsWith(", ")) && (after.startsWith(")")
					|| after.startsWith(",") || after.startsWith("!") || after.startsWith(" and "));
			String[] words = NON_WORD.split(before.strip());
			String previous = (words.length > 0) ? words[words.length - 1] : "";
			boolean stated = this.lexicon.cue("age-words").contains(previous) && before.endsWith(" ");
			if (aside || stated) {
				found.add(new Candidate("AGE", matcher.start(), matcher.end(), 0.7, "phi.age.stated",
						"a number over 89 said of a person"));
			}
		}
	}

	static boolean overlapsExisting(List<Candidate> found, int start, int end) {
		for (Candidate candidate : found) {
			if (candidate.overlaps(start, end)) {
				return true;
			}
		}
		return false;
	}

}
