package org.carecast.guardrail.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.carecast.guardrail.GuardrailPolicies;
import org.carecast.guardrail.PolicySettings;
import org.carecast.guardrail.Severity;
import org.carecast.shared.ActorPrincipal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guardrail policy page for administrators: which checks run, how severe their
 * findings are, the reading-grade target, allow and deny terms and the organization's own
 * contacts.
 */
@Controller
@RequestMapping("/admin/guardrail")
@PreAuthorize("hasRole('ADMIN')")
class PolicyController {

	static final int MAX_ENTRIES = 500;

	static final int MAX_ENTRY_LENGTH = 200;

	private final GuardrailPolicies policies;

	PolicyController(GuardrailPolicies policies) {
		this.policies = policies;
	}

	/** One row of the checks table. */
	record CheckRow(String name, String label, boolean enabled, String severity) {
	}

	/** One of the term lists, as a text area of one entry per line. */
	record TermArea(String name, String label, String hint, String value) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		PolicySettings settings = this.policies.settings(me.actor().organizationId());
		addForm(model, settings);
		return "guardrail/policy";
	}

	@PostMapping
	String save(@AuthenticationPrincipal ActorPrincipal me, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Set<String> enabled = new HashSet<>(form.getOrDefault("enabled", List.of()));
		Set<String> disabled = new HashSet<>(PolicySettings.CHECKS);
		disabled.removeAll(enabled);
		Map<String, Severity> severities = new HashMap<>();
		for (String check : PolicySettings.CHECKS) {
			String value = form.getFirst("severity_" + check);
			if (value != null && !value.isBlank() && !"default".equals(value)) {
				try {
					severities.put(check, Severity.valueOf(value.toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					errors.put("severity_" + check, "Choose block, review, advise or the check's default.");
				}
			}
		}
		int grade = grade(form.getFirst("gradeTarget"), errors);
		List<String> allow = entries("allowTerms", form.getFirst("allowTerms"), errors);
		List<String> deny = entries("denyTerms", form.getFirst("denyTerms"), errors);
		List<String> contacts = entries("ownContacts", form.getFirst("ownContacts"), errors);
		PolicySettings settings = new PolicySettings(disabled, severities, grade, allow, deny, contacts);
		if (!errors.isEmpty()) {
			addForm(model, settings);
			model.addAttribute("errors", errors);
			model.addAttribute("areas",
					areas(form.getFirst("allowTerms"), form.getFirst("denyTerms"), form.getFirst("ownContacts")));
			model.addAttribute("gradeValue", form.getFirst("gradeTarget"));
			return "guardrail/policy";
		}
		this.policies.update(me.actor(), settings);
		redirect.addFlashAttribute("notice", "Guardrail policy saved. It applies to every check from now on.");
		return "redirect:/admin/guardrail";
	}

	private static int grade(String value, Map<String, String> errors) {
		try {
			int grade = Integer.parseInt((value != null) ? value.strip() : "");
			if (grade >= 3 && grade <= 16) {
				return grade;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below like an out-of-range number.
		}
		errors.put("gradeTarget", "Enter a school grade between 3 and 16.");
		return PolicySettings.DEFAULT_GRADE;
	}

	private static List<String> entries(String field, String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		for (String line : Arrays.asList(value.split("\\R"))) {
			String entry = line.strip();
			if (entry.isEmpty()) {
				continue;
			}
			if (entry.length() > MAX_ENTRY_LENGTH) {
				errors.put(field, "Keep each entry under " + MAX_ENTRY_LENGTH + " characters.");
			}
			out.add(entry);
		}
		if (out.size() > MAX_ENTRIES) {
			errors.put(field, "Use at most " + MAX_ENTRIES + " entries.");
		}
		return out;
	}

	private static void addForm(Model model, PolicySettings settings) {
		List<CheckRow> rows = new ArrayList<>();
		for (String check : PolicySettings.CHECKS) {
			Severity severity = settings.severities().get(check);
			rows.add(new CheckRow(check, ScanRequests.label(check), settings.runs(check),
					(severity != null) ? severity.name().toLowerCase(Locale.ROOT) : "default"));
		}
		model.addAttribute("checks", rows);
		model.addAttribute("gradeValue", String.valueOf(settings.gradeTarget()));
		model.addAttribute("areas", areas(String.join("\n", settings.allowTerms()),
				String.join("\n", settings.denyTerms()), String.join("\n", settings.ownContacts())));
		model.addAttribute("errors", Map.of());
	}

	private static List<TermArea> areas(String allow, String deny, String contacts) {
		return List.of(new TermArea("allowTerms", "Allowed terms",
				"Words and phrases never reported, one per line (for example a campaign name that looks like a name).",
				allow),
				new TermArea("denyTerms", "Terms to always flag", "Words and phrases always reported, one per line.",
						deny),
				new TermArea("ownContacts", "Our own contacts",
						"Published phone numbers, emails and web addresses of your organization, one per line: "
								+ "they are not patient identifiers.",
						contacts));
	}

}
