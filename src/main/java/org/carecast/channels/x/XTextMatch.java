package org.carecast.channels.x;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Compares the text Carecast sent with the text X stored. X wraps every link (bare
 * domains too) in a {@code t.co} link and HTML-escapes {@code & < >} in what it returns,
 * so links are dropped from both sides and entities are read back before comparing
 * (platform-apis.md §3.4).
 */
final class XTextMatch {

	private static final Pattern WHITESPACE = Pattern.compile("\\s++");

	private static final Pattern LINK = Pattern
		.compile("(?i)\\S*://\\S*|(?:[a-z0-9-]{1,63}+\\.){1,10}+[a-z]{2,24}+(?:[/?#]\\S*)?");

	private XTextMatch() {
	}

	static boolean same(String sent, String stored) {
		return normalize(sent).equals(normalize(stored));
	}

	static String normalize(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC)
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
		StringBuilder kept = new StringBuilder(nfc.length());
		for (String word : WHITESPACE.split(nfc.strip())) {
			if (!word.isEmpty() && !LINK.matcher(word).matches()) {
				if (kept.length() > 0) {
					kept.append(' ');
				}
				kept.append(word);
			}
		}
		return kept.toString();
	}

}
