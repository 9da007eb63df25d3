package org.carecast.channels.bluesky;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what Bluesky needs a facet for, because it detects nothing server-side: links
 * with a scheme, {@code @handle} mentions and {@code #tags}, each starting the text or
 * following a space (or, for links and mentions, an opening parenthesis). Follows the
 * official app's rules: trailing punctuation is not part of a link, nor is a closing
 * parenthesis that has no opening one in the link.
 */
final class FacetScanner {

	private static final Pattern LINK = Pattern.compile("(?<![^\\s(])https?://[^\\s]++");

	private static final Pattern MENTION = Pattern.compile("(?<![^\\s(])@([a-zA-Z0-9.-]++)");

	private static final Pattern HANDLE = Pattern.compile(
			"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.){1,30}[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

	private static final Pattern TAG = Pattern.compile("(?<!\\S)[#＃]([^\\s#＃]++)");

	private static final int MAX_TAG_GRAPHEMES = 64;

	private static final int MAX_TAG_BYTES = 640;

	List<FacetSpan> scan(String text) {
		List<FacetSpan> found = new ArrayList<>();
		links(text, found);
		mentions(text, found);
		tags(text, found);
		found.sort(Comparator.comparingInt(FacetSpan::start));
		List<FacetSpan> apart = new ArrayList<>();
		for (FacetSpan span : found) {
			// Facets must not overlap; the earlier one wins.
			if (apart.isEmpty() || span.start() >= apart.get(apart.size() - 1).end()) {
				apart.add(span);
			}
		}
		return apart;
	}

	private static void links(String text, List<FacetSpan> found) {
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			int end = trimLink(text, matcher.start(), matcher.end());
			if (end - matcher.start() > "https://".length()) {
				found.add(
						new FacetSpan(FacetSpan.Kind.LINK, matcher.start(), end, text.substring(matcher.start(), end)));
			}
		}
	}

	private static int trimLink(String text, int start, int end) {
		int trimmed = end;
		while (trimmed > start) {
			char last = text.charAt(trimmed - 1);
			boolean closingParenthesis = last == ')' && unbalanced(text, start, trimmed);
			if (".,;:!?\"'".indexOf(last) < 0 && !closingParenthesis) {
				break;
			}
			trimmed--;
		}
		return trimmed;
	}

	private static boolean unbalanced(String text, int start, int end) {
		int depth = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
		}
		return depth < 0;
	}

	private static void mentions(String text, List<FacetSpan> found) {
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			int end = matcher.end();
			while (end > matcher.start(1) && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
				end--;
			}
			String handle = text.substring(matcher.start(1), end);
			if (handle.length() <= 253 && HANDLE.matcher(handle).matches()) {
				found.add(new FacetSpan(FacetSpan.Kind.MENTION, matcher.start(), end, handle));
			}
		}
	}

	private static void tags(String text, List<FacetSpan> found) {
		Matcher matcher = TAG.matcher(text);
		while (matcher.find()) {
			int end = matcher.end();
			while (end > matcher.start(1) && isPunctuation(text.codePointBefore(end))) {
				end -= Character.charCount(text.codePointBefore(end));
			}
			String tag = text.substring(matcher.start(1), end);
			if (!tag.isEmpty() && !tag.chars().allMatch(Character::isDigit)
					&& BlueskyText.graphemes(tag) <= MAX_TAG_GRAPHEMES
					&& BlueskyText.utf8Length(tag) <= MAX_TAG_BYTES) {
				found.add(new FacetSpan(FacetSpan.Kind.TAG, matcher.start(), end, tag));
			}
		}
	}

	private static boolean isPunctuation(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.OTHER_PUNCTUATION || type == Character.END_PUNCTUATION
				|| type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
	}

}
