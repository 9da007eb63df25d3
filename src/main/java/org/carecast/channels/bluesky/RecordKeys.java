package org.carecast.channels.bluesky;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The record key of a post, derived from its idempotency key so that every attempt for
 * one logical post writes to the same key and a resend can never create a second post
 * (platform-apis.md §2.4).
 *
 * <p>
 * Post keys must be TIDs: 11 sortable-base32 characters of microseconds since the epoch,
 * then 2 of a 10-bit clock id. Carecast's keys are random UUIDs without a time in them,
 * so the "time" is a hash of the key placed inside 2023 (well in the past, where nothing
 * can mistake it for a clock running ahead) and the clock id is more of the hash. Bluesky
 * orders feeds by {@code createdAt}, not by record key, so the spread does not show.
 */
final class RecordKeys {

	private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

	/** 2023-01-01T00:00:00Z in microseconds. */
	private static final long BASE_MICROS = 1_672_531_200_000_000L;

	/** About 203 days of microseconds. */
	private static final long SPREAD_MICROS = 1L << 44;

	private RecordKeys() {
	}

	static String forPost(UUID idempotencyKey) {
		ByteBuffer digest = ByteBuffer.wrap(sha256(idempotencyKey.toString()));
		long micros = BASE_MICROS + (digest.getLong() & (SPREAD_MICROS - 1));
		long clockId = digest.getLong() & 0x3FF;
		return base32(micros, 11) + base32(clockId, 2);
	}

	static String base32(long value, int length) {
		char[] out = new char[length];
		long rest = value;
		for (int i = length - 1; i >= 0; i--) {
			out[i] = ALPHABET.charAt((int) (rest & 31));
			rest >>>= 5;
		}
		return new String(out);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
