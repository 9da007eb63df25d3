package org.carecast.channels.meta;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * URL pieces the Meta connectors share: encoding, the sibling hosts of a Graph host
 * (authorize pages, token endpoints) and checking links Meta sends back.
 */
public final class GraphUrls {

	private GraphUrls() {
	}

	/**
	 * The same URL on a sibling of the Graph host: with prefix {@code www.},
	 * {@code graph.facebook.com} becomes {@code www.facebook.com}. A host that is not a
	 * {@code graph.} host (a test server, a proxy) is kept as it is.
	 */
	public static URI sibling(URI uri, String prefix) {
		String host = uri.getHost();
		if (host == null || !host.startsWith("graph.")) {
			return uri;
		}
		String text = uri.toString();
		int at = text.indexOf(host);
		return URI.create(text.substring(0, at) + prefix + host.substring("graph.".length())
				+ text.substring(at + host.length()));
	}

	/** A public link Meta sent, if it is a well-formed {@code https} URL. */
	public static @Nullable URI httpsLink(String text) {
		if (text == null || !text.startsWith("https://")) {
			return null;
		}
		try {
			return URI.create(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Form and query encoding; spaces as {@code %20}, which both forms accept. */
	public static String encode(Map<String, String> fields) {
		StringJoiner joined = new StringJoiner("&");
		fields.forEach((name, value) -> joined.add(escape(name) + "=" + escape(value)));
		return joined.toString();
	}

	static String query(Map<String, String> query) {
		return query.isEmpty() ? "" : "?" + encode(query);
	}

	private static String escape(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
