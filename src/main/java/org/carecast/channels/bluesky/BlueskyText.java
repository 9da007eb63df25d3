package org.carecast.channels.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.RejectedException;

/**
 * Bluesky's two text measures (platform-apis.md §0.3, §2.3): the limit counts extended
 * grapheme clusters and UTF-8 bytes, and facets point at UTF-8 byte offsets. Graphemes
 * are counted with the regex {@code \X} because JDK 17's {@code BreakIterator} splits
 * emoji ZWJ sequences and flags.
 */
final class BlueskyText {

	static final int MAX_GRAPHEMES = 300;

	static final int MAX_BYTES = 3000;

	private static final Pattern GRAPHEME = Pattern.compile("\\X");

	private BlueskyText() {
	}

	static int graphemes(CharSequence text) {
		Matcher matcher = GRAPHEME.matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/** The UTF-8 byte offset of the UTF-16 index {@code utf16Index} in {@code text}. */
	static int utf8Offset(String text, int utf16Index) {
		return utf8Length(text.substring(0, utf16Index));
	}

	/** Refuses text the lexicon would refuse, before anything is uploaded. */
	static void check(String text) {
		if (utf8Length(text) > MAX_BYTES || graphemes(text) > MAX_GRAPHEMES) {
			throw new RejectedException(ChannelNetwork.BLUESKY, "text_too_long",
					"The text is longer than Bluesky allows (" + MAX_GRAPHEMES + " characters, " + MAX_BYTES
							+ " bytes)",
					false);
		}
	}

}
