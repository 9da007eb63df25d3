package org.carecast.accounts.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.carecast.accounts.StaffDirectory;
import org.carecast.accounts.StaffMember;
import org.carecast.accounts.internal.CarecastPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/staff", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Staff directory", description = "Staff who may be named in public; read by everyone, edited by ADMIN")
class StaffApiController {

	private final StaffDirectory staff;

	StaffApiController(StaffDirectory staff) {
		this.staff = staff;
	}

	@GetMapping
	@Operation(summary = "Staff members, optionally filtered by a search term")
	List<StaffMember> list(@AuthenticationPrincipal CarecastPrincipal me, @RequestParam(required = false) String q) {
		return this.staff.search(me.actor(), q);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One staff member")
	StaffMember get(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id) {
		return this.staff.get(me.actor(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add a staff member (ADMIN)")
	StaffMember create(@AuthenticationPrincipal CarecastPrincipal me, @Valid @RequestBody StaffForm body) {
		return this.staff.add(me.actor(), body.details());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Replace a staff member's details (ADMIN)")
	StaffMember update(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody StaffForm body) {
		return this.staff.update(me.actor(), id, body.details());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Remove a staff member (ADMIN)")
	void delete(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id) {
		this.staff.remove(me.actor(), id);
	}

}
