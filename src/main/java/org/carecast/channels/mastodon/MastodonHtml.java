package org.carecast.channels.mastodon;

/**
 * Turns a status's HTML {@code content} into plain text: paragraphs and line breaks
 * become new lines, tags go, the five entities Mastodon emits are decoded. One linear
 * pass, so a hostile status cannot make it slow.
 */
final class MastodonHtml {

	private MastodonHtml() {
	}

	static String text(String html) {
		StringBuilder out = new StringBuilder(html.length());
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			if (c == '<') {
				int end = html.indexOf('>', i);
				if (end < 0) {
					break;
				}
				String tag = html.substring(i + 1, Math.min(end, i + 4)).toLowerCase(java.util.Locale.ROOT);
				if ((tag.startsWith("br") || tag.startsWith("/p")) && out.length() > 0) {
					out.append('\n');
				}
				i = end + 1;
			}
			else if (c == '&') {
				i = entity(html, i, out);
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString().strip();
	}

	private static int entity(String html, int at, StringBuilder out) {
		String[][] entities = { { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
				{ "&#39;", "'" }, { "&apos;", "'" } };
		for (String[] entity : entities) {
			if (html.startsWith(entity[0], at)) {
				out.append(entity[1]);
				return at + entity[0].length();
			}
		}
		out.append('&');
		return at + 1;
	}

}
