package org.carecast.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A personal API token as listed to its owner. Only a SHA-256 of the secret is stored;
 * the prefix lets people tell their tokens apart.
 */
public record ApiToken(UUID id, UUID userId, String name, String prefix, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
