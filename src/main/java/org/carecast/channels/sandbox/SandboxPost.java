package org.carecast.channels.sandbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A post as the sandbox network stored it.
 *
 * @param account the sandbox account's id (the network-side id of the connected account)
 * @param handle the account's handle, where Carecast still knows it
 */
public record SandboxPost(UUID id, UUID organizationId, String account, @Nullable String handle, String remoteId,
		String body, @Nullable String replyTo, UUID idempotencyKey, int mediaCount, Instant createdAt,
		boolean deleted) {

	@Override
	public String toString() {
		return "SandboxPost[" + this.remoteId + ", " + this.body.length() + " chars" + (this.deleted ? ", deleted" : "")
				+ "]";
	}

}
