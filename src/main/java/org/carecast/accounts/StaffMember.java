package org.carecast.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Someone who works for the organization and may be named in public (a spokesperson, a
 * clinician who writes health tips). Guardrail checks use the directory to tell staff,
 * whose names may appear in posts, from patients, whose names must not.
 *
 * @param publicHandle the person's social handle, such as {@code @DrAnaPatel}
 */
public record StaffMember(UUID id, UUID organizationId, String fullName, @Nullable String title,
		@Nullable String department, @Nullable String publicHandle, Instant createdAt, Instant updatedAt) {
}
