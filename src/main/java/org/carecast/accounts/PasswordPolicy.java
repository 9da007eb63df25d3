package org.carecast.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Password rules and one-time passwords. BCrypt reads only the first 72 bytes, so longer
 * passwords are refused rather than silently shortened.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	// No 0/O, 1/l/I: one-time passwords are read off a screen and typed.
	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private PasswordPolicy() {
	}

	/**
	 * A plain-language reason the password is unacceptable, or {@code null} if it is
	 * fine.
	 */
	public static String problem(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "Use at least " + MIN_LENGTH + " characters.";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "Use at most " + MAX_BYTES + " bytes (about 72 letters).";
		}
		if (password.isBlank()) {
			return "A password cannot be only spaces.";
		}
		return null;
	}

	public static String oneTimePassword(SecureRandom random) {
		StringBuilder out = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			if (i > 0 && i % 5 == 0) {
				out.append('-');
			}
			out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return out.toString();
	}

}
