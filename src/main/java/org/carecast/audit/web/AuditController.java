package org.carecast.audit.web;

import java.time.LocalDate;
import java.util.List;

import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.audit.AuditTrail;
import org.carecast.audit.ChainVerification;
import org.carecast.shared.ActorPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators: filter, page through and verify the hash chain.
 * Filters reload only the table through htmx; without JavaScript the same form reloads
 * the page.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private final AuditTrail auditTrail;

	AuditController(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ActorPrincipal principal, @RequestParam(required = false) String action,
			@RequestParam(required = false) String resourceType, @RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AuditQuery query = new AuditQuery(action, resourceType, actor, from, to, page, 50);
		List<AuditRecord> records = this.auditTrail.search(principal.actor().organizationId(), query);
		model.addAttribute("query", query);
		model.addAttribute("hasNext", records.size() > query.size());
		model.addAttribute("records", records.subList(0, Math.min(records.size(), query.size())));
		model.addAttribute("actions", this.auditTrail.actions(principal.actor().organizationId()));
		return (htmx != null) ? "audit/list :: results" : "audit/list";
	}

	@PostMapping("/verify")
	String verify(@AuthenticationPrincipal ActorPrincipal principal,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ChainVerification verification = this.auditTrail.verify(principal.actor().organizationId());
		model.addAttribute("verification", verification);
		return (htmx != null) ? "audit/verify :: result" : "audit/verify";
	}

}
