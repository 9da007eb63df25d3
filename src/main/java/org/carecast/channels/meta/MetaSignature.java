package org.carecast.channels.meta;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Meta's webhook signature: {@code X-Hub-Signature-256: sha256=<lowercase hex
 * HMAC-SHA256 of the raw body keyed by the app secret>}. Always over the bytes received,
 * never re-serialised JSON, and compared in constant time so the comparison leaks nothing
 * about the expected value.
 */
public final class MetaSignature {

	private static final String PREFIX = "sha256=";

	private final SecretKeySpec key;

	public MetaSignature(byte[] appSecret) {
		if (appSecret == null || appSecret.length == 0) {
			throw new IllegalArgumentException("The app secret is missing");
		}
		this.key = new SecretKeySpec(appSecret, "HmacSHA256");
	}

	/** Whether {@code header} is the signature of {@code rawBody}. */
	public boolean matches(byte[] rawBody, String header) {
		if (rawBody == null || header == null) {
			return false;
		}
		byte[] expected = (PREFIX + HexFormat.of().formatHex(hmac(rawBody))).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] hmac(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			// Every JDK ships HmacSHA256; reaching this means a broken runtime.
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "MetaSignature[secret hidden]";
	}

}
