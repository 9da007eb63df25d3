package org.carecast.guardrail.internal.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.carecast.guardrail.internal.text.Emoji;
import org.carecast.guardrail.internal.text.Graphemes;
import org.carecast.guardrail.internal.text.StartPattern;

/**
 * Counts a text the way each network does (see platform-apis.md, "Text rules and
 * limits"): the text is cut into units (a URL, or one extended grapheme cluster) and each
 * unit gets a weight; the count is the sum, and the overflow starts at the first unit
 * past the limit.
 */
final class LengthCounter {

	/**
	 * URLs with a scheme, and bare domains on common top-level domains (X counts both).
	 */
	static final StartPattern URL = StartPattern.where(Pattern.compile(
			"\\bhttps?://[^\\s]{1,2000}+|(?<![@\\w.-])(?:www\\.)?(?:[a-z0-9-]{1,63}+\\.){1,5}(?:com|org|net|gov|edu|io|co|us|uk|ca|au|de|fr|es|it|nl|info|biz|me|ly|app|health|care|help|news|tv)(?:/[^\\s]{0,2000}+)?(?![\\w-])",
			Pattern.CASE_INSENSITIVE), LengthCounter::mayStartUrl);

	static final StartPattern SCHEME_URL = StartPattern
		.atWordStart(Pattern.compile("\\bhttps?://[^\\s]{1,2000}+", Pattern.CASE_INSENSITIVE), "hH");

	/**
	 * Whether a {@link #URL} can start here: at a word start, with a run of letters,
	 * digits and hyphens that a '.' (a domain label, "www") or a ':' ("https") ends
	 * within 64 chars (a label is at most 63). Most words fail this at once.
	 */
	private static boolean mayStartUrl(String text, int position) {
		if (position > 0 && StartPattern.isAsciiWord(text.charAt(position - 1))) {
			return false;
		}
		int limit = Math.min(text.length(), position + 64);
		for (int i = position; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '.' || c == ':') {
				return i > position;
			}
			if (c != '-' && (c == '_' || !StartPattern.isAsciiWord(c))) {
				return false;
			}
		}
		return false;
	}

	private LengthCounter() {
	}

	/**
	 * One unit of text and its weight.
	 */
	record Unit(int start, int end, int weight) {
	}

	/**
	 * The count and where the text first goes over the limit (-1 if it does not).
	 */
	record Count(int total, int overflowStart) {
	}

	interface Weigher {

		int weigh(String grapheme);

	}

	static Count count(String text, StartPattern urls, int urlWeight, Weigher weigher, int limit) {
		List<Unit> units = units(text, urls, urlWeight, weigher);
		int total = 0;
		int overflow = -1;
		for (Unit unit : units) {
			total += unit.weight();
			if (overflow < 0 && total > limit) {
				overflow = unit.start();
			}
		}
		return new Count(total, overflow);
	}

	private static List<Unit> units(String text, StartPattern urls, int urlWeight, Weigher weigher) {
		List<Unit> units = new ArrayList<>();
		int position = 0;
		if (urls != null) {
			StartPattern.Finder url = urls.finder(text);
			while (url.find()) {
				graphemes(text, position, url.start(), weigher, units);
				units.add(new Unit(url.start(), url.end(), urlWeight));
				position = url.end();
			}
		}
		graphemes(text, position, text.length(), weigher, units);
		return units;
	}

	private static void graphemes(String text, int from, int to, Weigher weigher, List<Unit> units) {
		if (from >= to) {
			return;
		}
		Graphemes grapheme = new Graphemes(text, from, to);
		while (grapheme.next()) {
			units.add(new Unit(grapheme.start(), grapheme.end(), weigher.weigh(grapheme.cluster())));
		}
	}

	static int graphemeCount(String text) {
		return Graphemes.count(text);
	}

	static int utf8Bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	static boolean isEmoji(String grapheme) {
		return Emoji.isEmoji(grapheme);
	}

}
