package org.carecast.guardrail.internal.literacy;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ASCII path counts exactly as the pattern rules do.
 */
class SyllablesTests {

	@Test
	void asciiPathAgreesWithThePatterns() {
		String alphabet = "aeiouylesdtbcrYEDLS'-.";
		Random random = new Random(3);
		for (int round = 0; round < 20000; round++) {
			StringBuilder word = new StringBuilder();
			int length = random.nextInt(9);
			for (int i = 0; i < length; i++) {
				word.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String value = word.toString();
			assertThat(Syllables.count(value)).as(value).isEqualTo(countWithPatterns(value));
		}
		for (String value : new String[] { "created", "tables", "boxes", "yesterday", "queue", "hated", "faded",
				"PLAYED", "Hypertension", "mother-in-law", "it's" }) {
			assertThat(Syllables.count(value)).as(value).isEqualTo(countWithPatterns(value));
		}
	}

	private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|[^dt]ed|[^laeiouy]e)$");

	private static final Pattern LEADING_Y = Pattern.compile("^y");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

	/**
	 * The syllable rules as regular expressions: the reference the fast counter must
	 * equal.
	 */
	private static int countWithPatterns(String word) {
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
