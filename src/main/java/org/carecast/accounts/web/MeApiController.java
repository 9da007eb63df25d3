package org.carecast.accounts.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carecast.accounts.Role;
import org.carecast.accounts.internal.CarecastPrincipal;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me", description = "Who the API token belongs to")
class MeApiController {

	record Me(UUID id, String email, String displayName, UUID organizationId, String organizationName,
			List<Role> roles) {
	}

	@GetMapping
	@Operation(summary = "The person the API token belongs to, with organization and roles")
	Me me(@AuthenticationPrincipal CarecastPrincipal me) {
		return new Me(me.account().id(), me.account().email(), me.account().displayName(),
				me.account().organizationId(), me.organizationName(), me.account().roles().stream().sorted().toList());
	}

}
