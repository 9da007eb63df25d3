package org.carecast.channels.inbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under an app secret, which X's and LinkedIn's webhooks both sign with (X
 * sends it in Base64, LinkedIn in hex; each caller encodes it its own way).
 */
final class HmacSha256 {

	private HmacSha256() {
	}

	static byte[] of(String secret, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			// Every JDK ships HmacSHA256; reaching this means a broken runtime.
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
