package org.carecast.audit.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.carecast.audit.AuditRecord;
import org.carecast.shared.Digests;

/**
 * The hash chain rule: {@code hash = SHA-256(prev_hash + canonical(record))}. The
 * canonical form length-prefixes every field so that no two different records can
 * serialise alike ("ab"+"c" vs "a"+"bc"), and it covers every stored column except the
 * hash itself.
 */
public final class AuditHashing {

	public static final String GENESIS = "0".repeat(64);

	private AuditHashing() {
	}

	/**
	 * Databases store microseconds; hashing a finer instant would break verification
	 * after the round trip.
	 */
	public static Instant storable(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	public static String hash(String chainKey, AuditRecord record) {
		StringBuilder canonical = new StringBuilder(256);
		field(canonical, chainKey);
		field(canonical, Long.toString(record.seq()));
		field(canonical, record.id());
		field(canonical, record.organizationId());
		field(canonical, DateTimeFormatter.ISO_INSTANT.format(storable(record.occurredAt())));
		field(canonical, record.actorId());
		field(canonical, record.actorName());
		field(canonical, record.action());
		field(canonical, record.resourceType());
		field(canonical, record.resourceId());
		field(canonical, record.clientAddress());
		field(canonical, record.outcome());
		field(canonical, record.summary());
		return Digests.sha256Hex(record.prevHash() + canonical);
	}

	private static void field(StringBuilder out, Object value) {
		if (value == null) {
			out.append("-1:");
			return;
		}
		String text = Objects.toString(value);
		out.append(text.length()).append(':').append(text);
	}

}
