package org.carecast.guardrail.internal.literacy;

import java.util.Locale;

/**
 * Counts English syllables with the vowel-group heuristic used by common readability
 * tools: drop a silent final "e", "es" or "ed" (but keep "-le", "-ted", "-ded"), drop a
 * leading "y", then count groups of up to two vowels (a e i o u y). Every word has at
 * least one syllable. {@code SyllablesTests} checks it against dictionary counts; it is
 * right for most words and off by one for some vowel pairs spoken apart ("cre-at-ed").
 */
final class Syllables {

	private Syllables() {
	}

	static int count(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) >= 128) {
				// A non-ASCII char can lower-case to ASCII letters ("\u0130" is "i" and a
				// dot), so such words are lower-cased in full first.
				return countLetters(word.toLowerCase(Locale.ROOT));
			}
		}
		return countLetters(word);
	}

	/**
	 * The rules above without regular expressions (SyllablesTests keeps the regex form as
	 * the reference), over the ASCII letters of a word that needs no lower-casing beyond
	 * A-Z.
	 */
	private static int countLetters(String word) {
		char[] letters = new char[word.length()];
		int length = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				letters[length++] = (char) (c + ('a' - 'A'));
			}
			else if (c >= 'a' && c <= 'z') {
				letters[length++] = c;
			}
		}
		if (length == 0) {
			return 0;
		}
		if (length <= 3) {
			return 1;
		}
		// SILENT_ENDING: the three-letter endings are tried first, as a left-to-right
		// search meets them first.
		char beforeEnding = letters[length - 3];
		if (letters[length - 2] == 'e' && letters[length - 1] == 's' && "laeiouy".indexOf(beforeEnding) < 0) {
			length -= 3;
		}
		else if (letters[length - 2] == 'e' && letters[length - 1] == 'd' && beforeEnding != 'd'
				&& beforeEnding != 't') {
			length -= 3;
		}
		else if (letters[length - 1] == 'e' && "laeiouy".indexOf(letters[length - 2]) < 0) {
			length -= 2;
		}
		int from = (length > 0 && letters[0] == 'y') ? 1 : 0;
		// VOWEL_GROUP: a run of k vowels holds ceil(k / 2) groups of up to two.
		int count = 0;
		int run = 0;
		for (int i = from; i <= length; i++) {
			if (i < length && "aeiouy".indexOf(letters[i]) >= 0) {
				run++;
			}
			else {
				count += (run + 1) / 2;
				run = 0;
			}
		}
		return Math.max(1, count);
	}

}
