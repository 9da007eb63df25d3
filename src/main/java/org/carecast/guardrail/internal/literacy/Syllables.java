package org.carecast.guardrail.internal.literacy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts English syllables with the vowel-group heuristic used by common readability
 * tools: drop a silent final "e", "es" or "ed" (but keep "-le", "-ted", "-ded"), drop a
 * leading "y", then count groups of up to two vowels (a e i o u y). Every word has at
 * least one syllable. {@code SyllablesTests} checks it against dictionary counts; it is
 * right for most words and off by one for some vowel pairs spoken apart ("cre-at-ed").
 */
final class Syllables {

	private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|[^dt]ed|[^laeiouy]e)$");

	private static final Pattern LEADING_Y = Pattern.compile("^y");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

	private Syllables() {
	}

	static int count(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (lower.isEmpty()) {
			return 0;
		}
		if (lower.length() <= 3) {
			return 1;
		}
		String stem = LEADING_Y.matcher(SILENT_ENDING.matcher(lower).replaceFirst("")).replaceFirst("");
		Matcher groups = VOWEL_GROUP.matcher(stem);
		int count = 0;
		while (groups.find()) {
			count++;
		}
		return Math.max(1, count);
	}

}
