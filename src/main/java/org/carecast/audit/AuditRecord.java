package org.carecast.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored audit record, as shown on the audit page and the API.
 */
public record AuditRecord(UUID id, long seq, @Nullable UUID organizationId, Instant occurredAt, @Nullable UUID actorId,
		@Nullable String actorName, String action, @Nullable String resourceType, @Nullable String resourceId,
		@Nullable String clientAddress, String outcome, @Nullable String summary, String prevHash, String hash) {
}
