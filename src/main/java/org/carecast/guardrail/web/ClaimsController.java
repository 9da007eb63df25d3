package org.carecast.guardrail.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.carecast.guardrail.ClaimDetails;
import org.carecast.guardrail.OrganizationClaim;
import org.carecast.guardrail.OrganizationClaims;
import org.carecast.shared.ActorPrincipal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's own health myths, for administrators and reviewers: list, add, edit,
 * retire and restore. Each is matched in every scan from the next one on.
 */
@Controller
@RequestMapping("/guardrail/claims")
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
class ClaimsController {

	private final OrganizationClaims claims;

	private final Clock clock;

	ClaimsController(OrganizationClaims claims, Clock clock) {
		this.claims = claims;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		model.addAttribute("claims", this.claims.all(me.actor().organizationId()));
		return "guardrail/claims";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(
				model, null, 0, Map.of("key", "", "topic", "", "myth", "", "paraphrases", "", "correction", "",
						"sourceName", "", "sourceUrl", "", "lastReviewed", LocalDate.now(this.clock).toString()),
				Map.of());
	}

	@PostMapping
	String add(@AuthenticationPrincipal ActorPrincipal me, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		ClaimDetails details = details(form);
		Map<String, String> problems = problems(me, details, form, UUID.randomUUID());
		if (!problems.isEmpty()) {
			return form(model, null, 0, form, problems);
		}
		this.claims.add(me.actor(), details);
		redirect.addFlashAttribute("notice", "Claim added. Scans match it from now on.");
		return "redirect:/guardrail/claims";
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, Model model) {
		OrganizationClaims.Entry entry = this.claims.get(me.actor().organizationId(), id);
		OrganizationClaim claim = entry.claim();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("key", claim.key());
		values.put("topic", claim.topic());
		values.put("myth", claim.myth());
		values.put("paraphrases", String.join("\n", claim.paraphrases()));
		values.put("correction", claim.correction());
		values.put("sourceName", claim.sourceName());
		values.put("sourceUrl", claim.sourceUrl());
		values.put("lastReviewed", claim.lastReviewed().toString());
		return form(model, id, entry.version(), values, Map.of());
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam int version,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		this.claims.get(me.actor().organizationId(), id);
		ClaimDetails details = details(form);
		Map<String, String> problems = problems(me, details, form, id);
		if (!problems.isEmpty()) {
			return form(model, id, version, form, problems);
		}
		this.claims.update(me.actor(), id, version, details);
		redirect.addFlashAttribute("notice", "Claim saved.");
		return "redirect:/guardrail/claims";
	}

	@PostMapping("/{id}/retire")
	String retire(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam int version,
			@RequestParam(defaultValue = "true") boolean retired, RedirectAttributes redirect) {
		this.claims.retire(me.actor(), id, version, retired);
		redirect.addFlashAttribute("notice",
				retired ? "Claim retired: scans no longer match it." : "Claim restored: scans match it again.");
		return "redirect:/guardrail/claims";
	}

	private Map<String, String> problems(ActorPrincipal me, ClaimDetails details, Map<String, String> form,
			UUID except) {
		Map<String, String> problems = new LinkedHashMap<>(
				this.claims.problems(me.actor().organizationId(), details, except));
		if (details.lastReviewed() == null && !form.getOrDefault("lastReviewed", "").isBlank()) {
			problems.put("lastReviewed", "Give the date as year-month-day, such as 2026-11-25.");
		}
		return problems;
	}

	private static ClaimDetails details(Map<String, String> form) {
		return new ClaimDetails(form.get("key"), form.get("topic"), form.get("myth"),
				ClaimDetails.lines(form.get("paraphrases")), form.get("correction"), form.get("sourceName"),
				form.get("sourceUrl"), date(form.get("lastReviewed")));
	}

	private static LocalDate date(String value) {
		try {
			return (value != null && !value.isBlank()) ? LocalDate.parse(value.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String form(Model model, UUID id, int version, Map<String, String> values,
			Map<String, String> errors) {
		model.addAttribute("claimId", id);
		model.addAttribute("version", version);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("topics", ClaimDetails.TOPICS);
		model.addAttribute("correctionMax", ClaimDetails.CORRECTION_MAX);
		return "guardrail/claim-form";
	}

}
