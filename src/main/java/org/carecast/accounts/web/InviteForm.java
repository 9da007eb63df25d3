package org.carecast.accounts.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.carecast.accounts.Role;

/** Invite a person: the form and the API body. */
record InviteForm(
		@NotBlank(message = "Enter an email address.") @Email(message = "Enter a valid email address.") @Size(max = 320,
				message = "Use at most 320 characters.") String email,
		@NotBlank(message = "Enter the person's name.") @Size(max = 200,
				message = "Use at most 200 characters.") String displayName,
		@NotEmpty(message = "Choose at least one role.") Set<Role> roles) {

	static InviteForm empty() {
		return new InviteForm("", "", Set.of());
	}

}
