package org.carecast.audit.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.audit.AuditTrail;
import org.carecast.audit.ChainVerification;
import org.carecast.shared.ActorPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit trail", description = "Hash-chained record of security events and changes (ADMIN)")
class AuditApiController {

	private final AuditTrail auditTrail;

	AuditApiController(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping
	@Operation(summary = "Audit records of your organization, newest first")
	List<AuditRecord> list(@AuthenticationPrincipal ActorPrincipal principal,
			@RequestParam(required = false) String action, @RequestParam(required = false) String resourceType,
			@RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		AuditQuery query = new AuditQuery(action, resourceType, actor, from, to, page, size);
		List<AuditRecord> records = this.auditTrail.search(principal.actor().organizationId(), query);
		return records.subList(0, Math.min(records.size(), query.size()));
	}

	@PostMapping("/verify")
	@Operation(summary = "Recompute the hash chain and report the first broken record")
	ChainVerification verify(@AuthenticationPrincipal ActorPrincipal principal) {
		return this.auditTrail.verify(principal.actor().organizationId());
	}

}
