package org.carecast.guardrail.internal.conduct;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Profanity and insults, including the usual disguises: symbols for letters ("f*ck",
 * "sh!t"), digits for letters ("id10t", "m0ron") and stretched letters ("fuuuck"). Each
 * whitespace-separated chunk is folded (digits and symbols to letters, repeated letters
 * collapsed) and compared with the folded word list, where {@code *} in the text stands
 * for any one letter.
 */
final class Profanity {

	private static final List<String> WORDS = List.of("fuck", "shit", "bitch", "asshole", "bastard", "cunt", "idiot",
			"moron", "retard", "dumbass", "jackass", "scumbag", "stfu", "motherfucker", "bullshit", "douchebag");

	/** Endings that keep a word what it is ("fucking", "idiots"). */
	private static final Set<String> ENDINGS = Set.of("", "s", "es", "ed", "er", "ers", "ing", "in", "y", "ic");

	private static final Pattern CHUNK = Pattern.compile("[\\p{L}\\p{N}*@$!]{2,30}");

	private static final Pattern HARASSMENT = Pattern.compile(
			"\\b(?:shut up|go to hell|kill yourself|kys|piss off|get lost|you people are (?:useless|pathetic|garbage|trash))\\b");

	private final List<String> folded = WORDS.stream().map((word) -> collapse(word)).toList();

	/**
	 * Spans {start, end} of profanity, insults and harassing phrases in the text.
	 */
	List<int[]> find(String lower) {
		List<int[]> spans = new ArrayList<>();
		Matcher chunk = CHUNK.matcher(lower);
		while (chunk.find()) {
			String token = trimBang(chunk.group());
			if (token.chars().anyMatch(Character::isLetter) && matches(collapse(fold(token)))) {
				spans.add(new int[] { chunk.start(), chunk.start() + token.length() });
			}
		}
		Matcher phrase = HARASSMENT.matcher(lower);
		while (phrase.find()) {
			spans.add(new int[] { phrase.start(), phrase.end() });
		}
		return spans;
	}

	private boolean matches(String token) {
		for (String word : this.folded) {
			if (token.length() >= word.length() && ENDINGS.contains(tail(token, word))) {
				if (sameWithWildcards(token, word)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String tail(String token, String word) {
		return token.substring(word.length());
	}

	private static boolean sameWithWildcards(String token, String word) {
		int stars = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = token.charAt(i);
			if (c == '*') {
				stars++;
			}
			else if (c != word.charAt(i)) {
				return false;
			}
		}
		return stars < word.length() - 1;
	}

	private static String trimBang(String token) {
		int end = token.length();
		while (end > 0 && token.charAt(end - 1) == '!') {
			end--;
		}
		return token.substring(0, end);
	}

	private static String fold(String token) {
		StringBuilder out = new StringBuilder(token.length());
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			out.append(switch (c) {
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '4', '@' -> 'a';
				case '5', '$' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return out.toString();
	}

	/**
	 * Collapses runs of the same letter ("fuuuck" and "asshole" become "fuck" and
	 * "ashole").
	 */
	private static String collapse(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (i == 0 || c != word.charAt(i - 1) || c == '*') {
				out.append(c);
			}
		}
		return out.toString();
	}

}
