package org.carecast.inbox.adverse.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.inbox.AdverseEventReports;
import org.carecast.inbox.InboxItems;
import org.carecast.shared.ResourceNotFoundException;
import org.carecast.inbox.adverse.AdverseEventReport;
import org.carecast.inbox.adverse.ReportFields;
import org.carecast.inbox.adverse.ReportFields.Outcome;
import org.carecast.inbox.adverse.ReportFields.ReporterType;
import org.carecast.inbox.adverse.ReportFields.Seriousness;
import org.carecast.inbox.adverse.ReportFields.YesNoUnknown;
import org.carecast.shared.ActorPrincipal;
import org.jspecify.annotations.Nullable;

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
 * Adverse-event reports: responders and administrators draft them from an item's text,
 * complete and send them; reviewers read them; everyone who reads exports the CSV. The
 * report's text travels only in request bodies, never in a URL.
 */
@Controller
@RequestMapping("/inbox/adverse-events")
@PreAuthorize("hasAnyRole('ADMIN', 'RESPONDER')")
class AdverseEventController {

	private final AdverseEventReports reports;

	private final InboxItems items;

	AdverseEventController(AdverseEventReports reports, InboxItems items) {
		this.reports = reports;
		this.items = items;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'RESPONDER', 'REVIEWER')")
	String list(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		model.addAttribute("reports", this.reports.list(me.actor()));
		return "inbox/adverse-events";
	}

	@PostMapping
	String create(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(required = false) String text,
			@RequestParam(required = false) @Nullable UUID item, Model model, RedirectAttributes redirect) {
		if (item != null) {
			// From an inbox item: its stored text, never what the browser sent, and only
			// an
			// item of the person's own organization.
			text = this.items.find(me.actor().organizationId(), item)
				.orElseThrow(() -> new ResourceNotFoundException("Inbox item"))
				.text();
		}
		if (text == null || text.isBlank()) {
			model.addAttribute("reports", this.reports.list(me.actor()));
			model.addAttribute("textError", "Paste the text of the message the report is about.");
			return "inbox/adverse-events";
		}
		AdverseEventReport report = this.reports.createFromText(me.actor(), item, text);
		redirect.addFlashAttribute("notice", "Draft report created. Check every prefilled field before sending it.");
		return "redirect:/inbox/adverse-events/" + report.id();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'RESPONDER', 'REVIEWER')")
	String edit(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, Model model) {
		AdverseEventReport report = this.reports.get(me.actor(), id);
		return form(model, report, report.fields(), Map.of());
	}

	@PostMapping("/{id}")
	String save(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam int version,
			@RequestParam Map<String, String> form,
			@RequestParam(name = "seriousness", required = false) List<String> seriousness, Model model,
			RedirectAttributes redirect) {
		return change(me, id, version, form, seriousness, false, model, redirect);
	}

	@PostMapping("/{id}/submit")
	String submit(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam int version,
			@RequestParam Map<String, String> form,
			@RequestParam(name = "seriousness", required = false) List<String> seriousness, Model model,
			RedirectAttributes redirect) {
		return change(me, id, version, form, seriousness, true, model, redirect);
	}

	private String change(ActorPrincipal me, UUID id, int version, Map<String, String> form, List<String> seriousness,
			boolean send, Model model, RedirectAttributes redirect) {
		AdverseEventReport report = this.reports.get(me.actor(), id);
		Map<String, String> problems = new LinkedHashMap<>();
		ReportFields fields = ReportForm.fields(form, seriousness, problems);
		problems.putAll(this.reports.problems(fields, send));
		if (!problems.isEmpty()) {
			return form(model, withVersion(report, version), fields, problems);
		}
		if (send) {
			this.reports.submit(me.actor(), id, version, fields);
			redirect.addFlashAttribute("notice", "Report sent. It can no longer change.");
		}
		else {
			this.reports.update(me.actor(), id, version, fields);
			redirect.addFlashAttribute("notice", "Draft saved.");
		}
		return "redirect:/inbox/adverse-events/" + id;
	}

	private static AdverseEventReport withVersion(AdverseEventReport r, int version) {
		return new AdverseEventReport(r.id(), r.organizationId(), r.sourceItemId(), r.fields(), r.status(),
				r.prefillNotes(), r.createdBy(), r.createdAt(), r.updatedAt(), r.submittedAt(), version);
	}

	private static String form(Model model, AdverseEventReport report, ReportFields fields,
			Map<String, String> errors) {
		model.addAttribute("report", report);
		model.addAttribute("fields", fields);
		model.addAttribute("errors", errors);
		model.addAttribute("answers", YesNoUnknown.values());
		model.addAttribute("reporterTypes", ReporterType.values());
		model.addAttribute("criteria", Seriousness.values());
		model.addAttribute("outcomes", Outcome.values());
		return "inbox/adverse-event-form";
	}

}
