package org.carecast.guardrail.internal.text;

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

	private final StartTest test;

	private StartPattern(Pattern pattern, StartTest test) {
		this.pattern = pattern;
		this.test = test;
	}

	/**
	 * A pattern whose matches start with one of {@code firstChars} after a char that is
	 * not an ASCII letter, digit or underscore: the patterns that open with {@code \b} or
	 * a look-behind excluding {@code \w}.
	 */
	public static StartPattern atWordStart(Pattern pattern, String firstChars) {
		boolean[] firsts = new boolean[128];
		for (int i = 0; i < firstChars.length(); i++) {
			if (firstChars.charAt(i) < 128) {
				firsts[firstChars.charAt(i)] = true;
			}
		}
		return new StartPattern(pattern, (text, p) -> {
			char c = text.charAt(p);
			return ((c < 128) ? firsts[c] : firstChars.indexOf(c) >= 0) && (p == 0 || !isAsciiWord(text.charAt(p - 1)));
		});
	}

	/**
	 * A pattern whose matches start only where {@code test} says.
	 */
	public static StartPattern where(Pattern pattern, StartTest test) {
		return new StartPattern(pattern, test);
	}

	public Pattern pattern() {
		return this.pattern;
	}

	public Finder finder(String text) {
		return new Finder(this.pattern.matcher(text), text, this.test);
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

		private final StartTest test;

		private int from;

		Finder(Matcher matcher, String text, StartTest test) {
			this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
			this.text = text;
			this.test = test;
		}

		public boolean find() {
			int length = this.text.length();
			for (int p = this.from; p < length; p++) {
				if (this.test.test(this.text, p)) {
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
