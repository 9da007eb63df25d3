package org.carecast.channels.linkedin;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * LinkedIn's "little" text format for {@code commentary} and comments (platform-apis.md
 * §7.3). Its reserved characters must be backslash-escaped to appear as typed, or
 * LinkedIn silently cuts the post at the first one. Links stay unescaped so they still
 * link, and {@code #word} stays a hashtag, which is what a person typing it means.
 */
final class LittleText {

	private static final String RESERVED = "\\|{}@[]()<>#*_~";

	private static final Pattern LINK = Pattern.compile("(?i)https?://\\S++");

	private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]++");

	private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\|{}@\\[\\]()<>#*_~])");

	private static final Pattern WHITESPACE = Pattern.compile("\\s++");

	private LittleText() {
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		int i = 0;
		while (i < text.length()) {
			int kept = keptRun(text, i);
			if (kept > i) {
				escaped.append(text, i, kept);
				i = kept;
				continue;
			}
			char c = text.charAt(i);
			if (RESERVED.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
			i++;
		}
		return escaped.toString();
	}

	/** The end of a link or hashtag starting at {@code i}, or {@code i} if none does. */
	private static int keptRun(String text, int i) {
		boolean wordStart = i == 0 || Character.isWhitespace(text.charAt(i - 1));
		if (!wordStart) {
			return i;
		}
		var link = LINK.matcher(text).region(i, text.length());
		if (link.lookingAt()) {
			return link.end();
		}
		var hashtag = HASHTAG.matcher(text).region(i, text.length());
		return hashtag.lookingAt() ? hashtag.end() : i;
	}

	/**
	 * Whether two commentaries say the same, read the way LinkedIn shows them: escapes
	 * removed, Unicode normalised, whitespace runs as one space.
	 */
	static boolean same(String a, String b) {
		return plain(a).equals(plain(b));
	}

	private static String plain(String text) {
		String unescaped = ESCAPE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("$1");
		return WHITESPACE.matcher(unescaped.strip()).replaceAll(" ");
	}

}
