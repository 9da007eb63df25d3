package org.carecast.channels.internal;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the server a person names for an account on a federated network
 * ("mastodon.social", "https://mastodon.social/", "@clinic@mastodon.social") as a plain
 * host name. Carecast calls the server it names, so addresses that point inside the
 * installation's own network (IP literals, {@code localhost}, single-label names) are
 * refused.
 */
public final class ServerHosts {

	private static final Pattern HOST = Pattern
		.compile("(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

	private ServerHosts() {
	}

	/**
	 * The host name, lower case and in ASCII (punycode).
	 * @throws ConnectionFailedException when it is not a public host name
	 */
	public static String normalize(String typed) {
		String value = (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
		if (value.startsWith("https://")) {
			value = value.substring("https://".length());
		}
		int at = value.lastIndexOf('@');
		if (at >= 0) {
			value = value.substring(at + 1);
		}
		while (value.endsWith("/")) {
			value = value.substring(0, value.length() - 1);
		}
		String ascii;
		try {
			ascii = IDN.toASCII(value, IDN.USE_STD3_ASCII_RULES);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (!HOST.matcher(ascii).matches() || ascii.endsWith(".localhost") || ascii.endsWith(".local")
				|| ascii.endsWith(".internal")) {
			throw invalid();
		}
		return ascii;
	}

	private static ConnectionFailedException invalid() {
		return new ConnectionFailedException(
				"Enter the address of your server as a name such as mastodon.social, without a path or port.");
	}

}
