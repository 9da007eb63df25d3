package org.carecast.channels.http;

import java.util.regex.Pattern;

/**
 * Turns a network's own error message into a reason fit for an exception message.
 * Networks sometimes echo what they were sent; an opaque run of 20 or more token
 * characters (an access token, a code, a signed URL) is cut out so it never reaches a
 * log, and long messages are shortened because a reason is a sentence, not a body.
 */
public final class PlainReason {

	private static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9._~+/=%-]{20,}+");

	private static final int MAX_LENGTH = 200;

	private PlainReason() {
	}

	/**
	 * The message without opaque values, or {@code fallback} when it is blank or not
	 * text.
	 */
	public static String of(String networkMessage, String fallback) {
		if (networkMessage == null || networkMessage.isBlank()) {
			return fallback;
		}
		String plain = OPAQUE.matcher(networkMessage.replaceAll("\\p{Cntrl}", " ").strip()).replaceAll("[hidden]");
		if (plain.length() > MAX_LENGTH) {
			plain = plain.substring(0, MAX_LENGTH) + "…";
		}
		return plain;
	}

}
