package org.carecast.accounts;

import java.util.UUID;

/**
 * The demo data created an organization. Published inside the seeding transaction, so
 * other modules can add their own demo data (a connected sandbox account) to it.
 */
public record DemoOrganizationSeeded(UUID organizationId) {
}
