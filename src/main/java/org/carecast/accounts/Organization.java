package org.carecast.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant: a hospital, clinic, pharmacy or public-health department.
 *
 * @param timeZone an IANA zone id such as {@code America/Chicago}
 */
public record Organization(UUID id, String name, String timeZone, Instant createdAt) {
}
