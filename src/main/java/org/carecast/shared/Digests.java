package org.carecast.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in one place, so hash-chained audit records, stored API tokens and throttling
 * keys all hash the same way.
 */
public final class Digests {

	private Digests() {
	}

	public static String sha256Hex(String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java runtime must provide SHA-256 (JCA standard algorithms).
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
