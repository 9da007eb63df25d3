package org.carecast.guardrail.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steps through a text one extended grapheme cluster at a time, as {@code \X} cuts it. An
 * ASCII char followed by another ASCII char always ends its cluster (only CR LF stays
 * together: no ASCII char extends, joins or prepends), and so do the common letters of
 * some other scripts ({@link #simple}), so most of a post is cut without the regex
 * engine; anything else is left to {@code \X}.
 */
public final class Graphemes {

	private static final Pattern CLUSTER = Pattern.compile("\\X");

	/**
	 * One-char strings for ASCII, Latin, Greek and Cyrillic, so the common cluster costs
	 * no allocation. Never written after class initialisation.
	 */
	private static final String[] ONE_CHAR = new String[0x483];

	static {
		for (char c = 0; c < ONE_CHAR.length; c++) {
			ONE_CHAR[c] = String.valueOf(c);
		}
	}

	private final String text;

	private final int to;

	private Matcher matcher;

	private int start;

	private int end;

	/**
	 * The clusters of {@code text} between {@code from} and {@code to}, as a {@code \X}
	 * search over that region finds them.
	 */
	public Graphemes(String text, int from, int to) {
		this.text = text;
		this.to = to;
		this.start = from;
		this.end = from;
	}

	public Graphemes(String text) {
		this(text, 0, text.length());
	}

	/**
	 * Moves to the next cluster; false at the end.
	 */
	public boolean next() {
		if (this.end >= this.to) {
			return false;
		}
		this.start = this.end;
		char c = this.text.charAt(this.start);
		if (simple(c)) {
			if (this.start + 1 == this.to) {
				this.end = this.to;
				return true;
			}
			char following = this.text.charAt(this.start + 1);
			if (simple(following) && !(c == '\r' && following == '\n')) {
				this.end = this.start + 1;
				return true;
			}
		}
		if (this.matcher == null) {
			this.matcher = CLUSTER.matcher(this.text);
		}
		this.matcher.region(this.start, this.to);
		this.matcher.lookingAt();
		this.end = this.matcher.end();
		return true;
	}

	/**
	 * Chars that never join a neighbour of this kind in a cluster: ASCII, Latin up to the
	 * combining diacritics (U+0300), Greek and Cyrillic letters before the Cyrillic
	 * combining marks (U+0483) and the CJK ideographs. None extends, joins, prepends or
	 * is Hangul or a regional indicator, so two of them in a row always have a boundary
	 * between them (CR LF aside).
	 */
	private static boolean simple(char c) {
		return c < 0x300 || (c >= 0x370 && c < 0x483) || (c >= 0x4E00 && c <= 0x9FFF);
	}

	public int start() {
		return this.start;
	}

	public int end() {
		return this.end;
	}

	/**
	 * The current cluster.
	 */
	public String cluster() {
		if (this.end == this.start + 1) {
			char c = this.text.charAt(this.start);
			if (c < ONE_CHAR.length) {
				return ONE_CHAR[c];
			}
		}
		return this.text.substring(this.start, this.end);
	}

	/**
	 * How many clusters {@code text} has.
	 */
	public static int count(String text) {
		Graphemes graphemes = new Graphemes(text);
		int count = 0;
		while (graphemes.next()) {
			count++;
		}
		return count;
	}

}
