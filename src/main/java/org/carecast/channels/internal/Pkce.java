package org.carecast.channels.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PKCE (RFC 7636) with S256, and the OAuth {@code state}: unguessable values from 32
 * random bytes each.
 *
 * @param verifier kept on the server until the callback
 * @param challenge sent to the network in the authorize URL
 */
public record Pkce(String verifier, String challenge) {

	public static Pkce generate(SecureRandom random) {
		String verifier = randomValue(random);
		return new Pkce(verifier, challengeOf(verifier));
	}

	/** BASE64URL(SHA-256(ASCII(verifier))) without padding. */
	public static String challengeOf(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** 43 characters of the URL-safe alphabet: a valid verifier and a good state. */
	public static String randomValue(SecureRandom random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "Pkce[S256, values hidden]";
	}

}
