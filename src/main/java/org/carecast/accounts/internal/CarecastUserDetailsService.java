package org.carecast.accounts.internal;

import org.carecast.accounts.UserAdministration;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class CarecastUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final OrganizationRepository organizations;

	CarecastUserDetailsService(UserRepository users, OrganizationRepository organizations) {
		this.users = users;
		this.organizations = organizations;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.users.credentialsByEmail(UserAdministration.normalizeEmail(email))
			.map((c) -> new CarecastPrincipal(c.account(),
					this.organizations.find(c.account().organizationId()).orElseThrow().name(), c.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
