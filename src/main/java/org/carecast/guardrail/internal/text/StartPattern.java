package org.carecast.guardrail.internal.text;

import java.util.Collection;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only at the positions where one of its matches can start. A
 * {@link Matcher#find()} tries every position of the text, and for patterns that begin
 * with a word boundary and a list of words (months, "room", "in") almost every attempt
 * fails after some work; a cheap test of the start position skips them. As long as the
 * test accepts every position where a match can start, {@link Finder#find()} returns
 * exactly the matches {@code find()} would: each candidate is tried with
 * {@link Matcher#lookingAt()} over a region that starts there and sees the text before it
 * (transparent bounds), so look-behinds and {@code \b} behave as in a full search.
 */
public final class StartPattern {

	private final Pattern pattern;

	/**
	 * The ASCII chars a match can start with, or null for any.
	 */
	private final boolean[] firsts;

	/**
	 * The non-ASCII chars a match can start with (when {@link #firsts} is set).
	 */
	private final String nonAsciiFirsts;

	/**
	 * A further test of a position that passed {@link #firsts}, or null.
	 */
	private final StartTest test;

	private StartPattern(Pattern pattern, String firstChars, StartTest test) {
		this.pattern = pattern;
		this.test = test;
		if (firstChars == null) {
			this.firsts = null;
			this.nonAsciiFirsts = "";
			return;
		}
		this.firsts = new boolean[128];
		StringBuilder nonAscii = new StringBuilder();
		for (int i = 0; i < firstChars.length(); i++) {
			char c = firstChars.charAt(i);
			if (c < 128) {
				this.firsts[c] = true;
			}
			else {
				nonAscii.append(c);
			}
		}
		this.nonAsciiFirsts = nonAscii.toString();
	}

	/**
	 * A pattern whose matches start with one of {@code firstChars} after a char that is
	 * not an ASCII letter, digit or underscore: the patterns that open with {@code \b} or
	 * a look-behind excluding {@code \w}.
	 */
	public static StartPattern atWordStart(Pattern pattern, String firstChars) {
		return new StartPattern(pattern, firstChars, StartPattern::afterNonWord);
	}

	/**
	 * A pattern whose matches start with one of {@code words} at a word start, the word
	 * being the whole run of letters there: patterns like {@code \b(?:in|from)\s...} or
	 * {@code \b(?:room|bed)\.?\s?\d}, where a letter never follows the word. Words with a
	 * char other than a letter cannot be found this way and fall back to
	 * {@link #atWordStart}.
	 */
	public static StartPattern atWords(Pattern pattern, Collection<String> words) {
		StringBuilder firstChars = new StringBuilder();
		int longest = 0;
		for (String word : words) {
			if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
				return atWordStart(pattern, allChars(words));
			}
			firstChars.append(word.charAt(0));
			longest = Math.max(longest, word.length());
		}
		Set<String> set = Set.copyOf(words);
		int maxLength = longest;
		return new StartPattern(pattern, firstChars.toString(), (text, p) -> {
			if (!afterNonWord(text, p)) {
				return false;
			}
			int end = p;
			int limit = Math.min(text.length(), p + maxLength + 1);
			while (end < limit && Character.isLetter(text.charAt(end))) {
				end++;
			}
			return end - p <= maxLength && set.contains(text.substring(p, end));
		});
	}

	/**
	 * A pattern whose matches start only where {@code test} says.
	 */
	public static StartPattern where(Pattern pattern, StartTest test) {
		return new StartPattern(pattern, null, test);
	}

	private static String allChars(Collection<String> words) {
		StringBuilder chars = new StringBuilder();
		words.forEach(chars::append);
		return chars.toString();
	}

	private static boolean afterNonWord(String text, int p) {
		return p == 0 || !isAsciiWord(text.charAt(p - 1));
	}

	public Pattern pattern() {
		return this.pattern;
	}

	public Finder finder(String text) {
		return new Finder(this, text);
	}

	public static boolean isAsciiWord(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
	}

	public static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * Whether a match may start at {@code position} of {@code text}; it must be true
	 * wherever one can.
	 */
	@FunctionalInterface
	public interface StartTest {

		boolean test(String text, int position);

	}

	/**
	 * Successive matches, as {@link Matcher#find()} returns them.
	 */
	public static final class Finder implements MatchResult {

		private final Matcher matcher;

		private final String text;

		private final StartPattern starts;

		private int from;

		Finder(StartPattern starts, String text) {
			this.matcher = starts.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			this.text = text;
			this.starts = starts;
		}

		public boolean find() {
			int length = this.text.length();
			boolean[] firsts = this.starts.firsts;
			StartTest test = this.starts.test;
			for (int p = this.from; p < length; p++) {
				if (firsts != null) {
					char c = this.text.charAt(p);
					if ((c < 128) ? !firsts[c] : this.starts.nonAsciiFirsts.indexOf(c) < 0) {
						continue;
					}
				}
				if (test == null || test.test(this.text, p)) {
					this.matcher.region(p, length);
					if (this.matcher.lookingAt()) {
						this.from = Math.max(this.matcher.end(), p + 1);
						return true;
					}
				}
			}
			this.from = length;
			return false;
		}

		@Override
		public int start() {
			return this.matcher.start();
		}

		@Override
		public int start(int group) {
			return this.matcher.start(group);
		}

		@Override
		public int end() {
			return this.matcher.end();
		}

		@Override
		public int end(int group) {
			return this.matcher.end(group);
		}

		@Override
		public String group() {
			return this.matcher.group();
		}

		@Override
		public String group(int group) {
			return this.matcher.group(group);
		}

		@Override
		public int groupCount() {
			return this.matcher.groupCount();
		}

	}

}
