package org.carecast.guardrail.internal.triage;

import java.util.Set;

/**
 * Tells a web address from words joined by a dot ("bit.ly/x" but not "said.Then"), and
 * gives its host.
 */
final class WebAddress {

	/** Endings that make "word.ending" a web address rather than two words. */
	private static final Set<String> ENDINGS = Set.of("com", "co", "net", "org", "ly", "io", "shop", "xyz", "biz",
			"info", "me", "ee", "help", "site", "online", "app", "link", "club", "store", "us", "uk");

	private WebAddress() {
	}

	/** Whether the lower-case word is a web address. */
	static boolean is(String lower) {
		if (lower.startsWith("http") || lower.startsWith("www.")) {
			return true;
		}
		String host = host(lower);
		int dot = host.lastIndexOf('.');
		return dot > 0 && dot < host.length() - 1 && ENDINGS.contains(host.substring(dot + 1));
	}

	/** The host of the address: no scheme, no "www.", no path. */
	static String host(String url) {
		int from = url.indexOf("://");
		String rest = (from >= 0) ? url.substring(from + 3) : url;
		rest = rest.startsWith("www.") ? rest.substring(4) : rest;
		int slash = rest.indexOf('/');
		return (slash >= 0) ? rest.substring(0, slash) : rest;
	}

}
