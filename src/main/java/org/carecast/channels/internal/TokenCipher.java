package org.carecast.channels.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens and secrets at rest with AES-256-GCM. Each value gets a fresh random
 * 96-bit nonce and is stored as
 * {@code v1.<key id>.<base64url(nonce | ciphertext | tag)>}, so a value encrypted with an
 * older key can still be read while that key is listed as a previous key, and
 * re-encrypted with the current one.
 *
 * <p>
 * Every value is bound to a {@code context} (such as the account's id) as associated
 * data: a ciphertext copied into another row does not decrypt there.
 */
public final class TokenCipher {

	private static final String VERSION = "v1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final String currentKeyId;

	private final Map<String, SecretKeySpec> keys;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param currentKey the 32-byte key new values are encrypted with
	 * @param previousKeys older 32-byte keys that may still decrypt
	 */
	public TokenCipher(byte[] currentKey, List<byte[]> previousKeys) {
		Map<String, SecretKeySpec> all = new LinkedHashMap<>();
		this.currentKeyId = keyId(requireKey(currentKey));
		all.put(this.currentKeyId, new SecretKeySpec(currentKey.clone(), "AES"));
		for (byte[] previous : previousKeys) {
			all.putIfAbsent(keyId(requireKey(previous)), new SecretKeySpec(previous.clone(), "AES"));
		}
		this.keys = Map.copyOf(all);
	}

	/**
	 * A short fingerprint of a key (the first 8 bytes of its SHA-256, in hex): enough to
	 * tell keys apart, useless for guessing one.
	 */
	public static String keyId(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	public String currentKeyId() {
		return this.currentKeyId;
	}

	public String encrypt(String plaintext, String context) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return VERSION + "." + this.currentKeyId + "."
					+ Base64.getUrlEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			// AES-GCM is a required JCA algorithm; failing here is a broken runtime.
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	public String decrypt(String stored, String context) {
		String[] parts = (stored != null) ? stored.split("\\.", -1) : new String[0];
		if (parts.length != 3 || !VERSION.equals(parts[0])) {
			throw new TokenDecryptionException("Stored credentials are not in Carecast's encrypted format.");
		}
		SecretKeySpec key = this.keys.get(parts[1]);
		if (key == null) {
			throw new TokenDecryptionException("Stored credentials were encrypted with key " + parts[1]
					+ ", which is neither the current nor a previous key. Add it to carecast.channels.previous-keys.");
		}
		byte[] sealed;
		try {
			sealed = Base64.getUrlDecoder().decode(parts[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new TokenDecryptionException("Stored credentials are damaged.");
		}
		if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new TokenDecryptionException("Stored credentials are damaged.");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new TokenDecryptionException(
					"Stored credentials failed their integrity check: they were changed, moved to another record, "
							+ "or encrypted with a different key under the same id.");
		}
		catch (GeneralSecurityException ex) {
			throw new TokenDecryptionException("Stored credentials could not be decrypted.");
		}
	}

	/** Whether {@code stored} was encrypted with an older key and should be rewritten. */
	public boolean needsReencryption(String stored) {
		return stored != null && !stored.startsWith(VERSION + "." + this.currentKeyId + ".");
	}

	private static byte[] requireKey(byte[] key) {
		if (key == null || key.length != 32) {
			throw new IllegalArgumentException("An AES-256 key has exactly 32 bytes");
		}
		return key;
	}

	/**
	 * Stored credentials that cannot be read. The message says why in plain words and
	 * never holds the value.
	 */
	public static final class TokenDecryptionException extends RuntimeException {

		TokenDecryptionException(String message) {
			super(message);
		}

	}

}
