package org.carecast.guardrail.internal.platform;

import java.text.Normalizer;

import org.carecast.guardrail.Network;

/**
 * Each network's text limit and counting rule, as documented in platform-apis.md.
 */
final class NetworkLimits {

	private NetworkLimits() {
	}

	/**
	 * A counted length against a limit, in the network's own unit.
	 *
	 * @param count the text's length in {@code unit}
	 * @param limit the most the network accepts
	 * @param overflowStart where the text first goes over, or -1
	 * @param unit how the network counts, for messages
	 */
	record Measure(int count, int limit, int overflowStart, String unit) {

		boolean over() {
			return this.count > this.limit;
		}

	}

	static Measure measure(Network network, String text) {
		return switch (network) {
			case X -> x(text);
			case MASTODON -> mastodon(text);
			case BLUESKY -> bluesky(text);
			case THREADS -> counted(LengthCounter.count(text, null, 0, NetworkLimits::threadsWeight, 500), 500,
					"characters (emoji count their UTF-8 bytes)");
			case LINKEDIN -> codeUnits(text, 3000);
			case INSTAGRAM -> counted(LengthCounter.count(text, null, 0, (g) -> g.codePointCount(0, g.length()), 2200),
					2200, "characters");
			case FACEBOOK -> codeUnits(text, 63_206);
		};
	}

	/**
	 * X's weighted count (twitter-text v3): NFC first; a URL counts 23, an emoji 2, a
	 * code point in the narrow ranges 1, any other code point 2.
	 */
	private static Measure x(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
		LengthCounter.Count count = LengthCounter.count(normalized, LengthCounter.URL, 2300, NetworkLimits::xWeight,
				28_000);
		int overflow = normalized.equals(text) ? count.overflowStart() : (count.overflowStart() >= 0 ? 0 : -1);
		return new Measure(count.total() / 100, 280, (count.total() / 100 > 280) ? overflow : -1,
				"weighted characters (links count 23)");
	}

	private static int xWeight(String grapheme) {
		if (LengthCounter.isEmoji(grapheme)) {
			return 200;
		}
		int weight = 0;
		for (int i = 0; i < grapheme.length();) {
			int codePoint = grapheme.codePointAt(i);
			boolean narrow = codePoint <= 0x10FF || (codePoint >= 0x2000 && codePoint <= 0x200D)
					|| (codePoint >= 0x2010 && codePoint <= 0x201F) || (codePoint >= 0x2032 && codePoint <= 0x2037);
			weight += narrow ? 100 : 200;
			i += Character.charCount(codePoint);
		}
		return weight;
	}

	/**
	 * Mastodon: links with a scheme count 23, a remote mention counts only its local part
	 * ({@code @jane@other.example} is {@code @jane}), and the rest in graphemes.
	 */
	private static Measure mastodon(String text) {
		LengthCounter.Count count = LengthCounter.count(text, LengthCounter.SCHEME_URL, 23, (g) -> 1, 500);
		int total = count.total();
		java.util.regex.Matcher remote = REMOTE_MENTION.matcher(text);
		while (remote.find()) {
			total -= LengthCounter.graphemeCount(remote.group(1));
		}
		return new Measure(total, 500, (total > 500) ? Math.max(0, count.overflowStart()) : -1,
				"characters (links count 23)");
	}

	private static final java.util.regex.Pattern REMOTE_MENTION = java.util.regex.Pattern
		.compile("(?<![\\w@])@\\w{1,30}+(@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+){1,8}+)");

	private static Measure bluesky(String text) {
		int graphemes = LengthCounter.graphemeCount(text);
		int bytes = LengthCounter.utf8Bytes(text);
		if (bytes > 3000 && graphemes <= 300) {
			return new Measure(bytes, 3000, -1, "UTF-8 bytes");
		}
		LengthCounter.Count count = LengthCounter.count(text, null, 0, (g) -> 1, 300);
		return counted(count, 300, "graphemes");
	}

	/**
	 * Threads counts emoji by their UTF-8 bytes; the docs leave other non-ASCII text
	 * open, so it is counted the same conservative way.
	 */
	private static int threadsWeight(String grapheme) {
		boolean ascii = grapheme.chars().allMatch((c) -> c < 128);
		return ascii ? grapheme.length() : LengthCounter.utf8Bytes(grapheme);
	}

	private static Measure codeUnits(String text, int limit) {
		return new Measure(text.length(), limit, (text.length() > limit) ? limit : -1, "characters");
	}

	private static Measure counted(LengthCounter.Count count, int limit, String unit) {
		return new Measure(count.total(), limit, count.overflowStart(), unit);
	}

}
