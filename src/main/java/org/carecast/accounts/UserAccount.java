package org.carecast.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person who signs in to Carecast. The password hash is deliberately not part of it.
 */
public record UserAccount(UUID id, UUID organizationId, String email, String displayName, boolean enabled,
		boolean mustChangePassword, Set<Role> roles, Instant createdAt) {

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
