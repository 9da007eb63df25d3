package org.carecast.shared;

import java.util.UUID;

/**
 * Who is acting: a signed-in person of one organization. Modules receive it from the web
 * layer and pass it on explicitly, so tenant boundaries are visible in every signature.
 *
 * @param userId the person's id
 * @param organizationId the organization the person belongs to; every query is scoped to
 * it
 * @param displayName the name shown in the audit trail
 */
public record Actor(UUID userId, UUID organizationId, String displayName) {
}
