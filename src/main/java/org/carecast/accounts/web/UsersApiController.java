package org.carecast.accounts.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.carecast.accounts.Role;
import org.carecast.accounts.UserAccount;
import org.carecast.accounts.UserAdministration;
import org.carecast.accounts.internal.CarecastPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "People", description = "Invite, disable and re-role people of your organization (ADMIN)")
class UsersApiController {

	private final UserAdministration users;

	UsersApiController(UserAdministration users) {
		this.users = users;
	}

	record Invited(UserAccount user, String oneTimePassword) {
	}

	record RolesBody(@NotNull(message = "Give the roles as a list, possibly empty.") Set<Role> roles) {
	}

	record EnabledBody(@NotNull(message = "Say true or false.") Boolean enabled) {
	}

	@GetMapping
	@Operation(summary = "People of your organization")
	List<UserAccount> list(@AuthenticationPrincipal CarecastPrincipal me) {
		return this.users.list(me.actor());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person")
	UserAccount get(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id) {
		return this.users.get(me.actor(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite a person; the response holds a one-time password, shown only here")
	Invited invite(@AuthenticationPrincipal CarecastPrincipal me, @Valid @RequestBody InviteForm body) {
		UserAdministration.Invitation invitation = this.users.invite(me.actor(), body.email(), body.displayName(),
				body.roles());
		return new Invited(invitation.user(), invitation.oneTimePassword());
	}

	@PutMapping("/{id}/roles")
	@Operation(summary = "Replace a person's roles")
	UserAccount roles(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody RolesBody body) {
		return this.users.updateRoles(me.actor(), id, body.roles());
	}

	@PutMapping("/{id}/enabled")
	@Operation(summary = "Enable or disable a person; disabling also stops their API tokens")
	UserAccount enabled(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody EnabledBody body) {
		return this.users.setEnabled(me.actor(), id, body.enabled());
	}

}
