package org.carecast.accounts.internal;

import java.util.Collection;
import java.util.List;

import org.carecast.accounts.Role;
import org.carecast.accounts.UserAccount;
import org.carecast.shared.Actor;
import org.carecast.shared.ActorPrincipal;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees them. The password hash is erased after
 * authentication, so sessions never hold it.
 */
public final class CarecastPrincipal implements UserDetails, CredentialsContainer, ActorPrincipal {

	private final UserAccount account;

	private final String organizationName;

	private String passwordHash;

	public CarecastPrincipal(UserAccount account, String organizationName, String passwordHash) {
		this.account = account;
		this.organizationName = organizationName;
		this.passwordHash = passwordHash;
	}

	public UserAccount account() {
		return this.account;
	}

	public String organizationName() {
		return this.organizationName;
	}

	@Override
	public Actor actor() {
		return new Actor(this.account.id(), this.account.organizationId(), this.account.displayName());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = this.account.roles()
			.stream()
			.map(Role::authority)
			.map(SimpleGrantedAuthority::new)
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.account.email();
	}

	@Override
	public boolean isEnabled() {
		return this.account.enabled();
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		// Never the hash, never more than needed to tell sessions apart.
		return "CarecastPrincipal[user=" + this.account.id() + "]";
	}

}
