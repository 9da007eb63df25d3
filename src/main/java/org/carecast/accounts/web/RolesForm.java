package org.carecast.accounts.web;

import java.util.Set;

import org.carecast.accounts.Role;

/** The roles a person should hold; none is allowed (the account then only reads). */
record RolesForm(Set<Role> roles) {

	Set<Role> rolesOrEmpty() {
		return (this.roles != null) ? this.roles : Set.of();
	}

}
