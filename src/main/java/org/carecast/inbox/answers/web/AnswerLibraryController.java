package org.carecast.inbox.answers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.carecast.inbox.answers.AnswerDetails;
import org.carecast.inbox.answers.AnswerLibrary;
import org.carecast.inbox.answers.OrganizationAnswer;
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
 * The organization's answer library: responders read it, administrators and reviewers
 * add, edit, approve and retire answers. Approved answers are suggested as replies first.
 */
@Controller
@RequestMapping("/inbox/answers")
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
class AnswerLibraryController {

	private final AnswerLibrary library;

	private final Clock clock;

	AnswerLibraryController(AnswerLibrary library, Clock clock) {
		this.library = library;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'RESPONDER')")
	String list(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		model.addAttribute("answers", this.library.all(me.actor().organizationId()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "inbox/answers";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("reviewBy", LocalDate.now(this.clock).plusYears(1).toString());
		return form(model, null, 0, values, Map.of());
	}

	@PostMapping
	String add(@AuthenticationPrincipal ActorPrincipal me, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		AnswerDetails details = details(form);
		Map<String, String> problems = problems(details, form);
		if (!problems.isEmpty()) {
			return form(model, null, 0, form, problems);
		}
		this.library.add(me.actor(), details);
		redirect.addFlashAttribute("notice", "Answer added as a draft. It is suggested once it is approved.");
		return "redirect:/inbox/answers";
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, Model model) {
		OrganizationAnswer answer = this.library.get(me.actor().organizationId(), id);
		AnswerDetails d = answer.details();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("question", d.question());
		values.put("answer", d.answer());
		values.put("sourceName", d.sourceName());
		values.put("sourceUrl", d.sourceUrl());
		values.put("reviewBy", d.reviewBy().toString());
		return form(model, id, answer.version(), values, Map.of());
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam int version,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		this.library.get(me.actor().organizationId(), id);
		AnswerDetails details = details(form);
		Map<String, String> problems = problems(details, form);
		if (!problems.isEmpty()) {
			return form(model, id, version, form, problems);
		}
		this.library.update(me.actor(), id, version, details);
		redirect.addFlashAttribute("notice", "Answer saved as a draft. Approve it to suggest it again.");
		return "redirect:/inbox/answers";
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam int version,
			RedirectAttributes redirect) {
		this.library.approve(me.actor(), id, version);
		redirect.addFlashAttribute("notice", "Answer approved: replies suggest it from now on.");
		return "redirect:/inbox/answers";
	}

	@PostMapping("/{id}/retire")
	String retire(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam int version,
			RedirectAttributes redirect) {
		this.library.retire(me.actor(), id, version);
		redirect.addFlashAttribute("notice", "Answer retired: replies no longer suggest it.");
		return "redirect:/inbox/answers";
	}

	private Map<String, String> problems(AnswerDetails details, Map<String, String> form) {
		Map<String, String> problems = new LinkedHashMap<>(this.library.problems(details));
		if (details.reviewBy() == null && !form.getOrDefault("reviewBy", "").isBlank()) {
			problems.put("reviewBy", "Give the date as year-month-day, such as 2027-11-25.");
		}
		return problems;
	}

	private static AnswerDetails details(Map<String, String> form) {
		return new AnswerDetails(form.get("question"), form.get("answer"), form.get("sourceName"),
				form.get("sourceUrl"), date(form.get("reviewBy")));
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
		model.addAttribute("answerId", id);
		model.addAttribute("version", version);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("questionMax", AnswerDetails.QUESTION_MAX);
		model.addAttribute("answerMax", AnswerDetails.ANSWER_MAX);
		return "inbox/answer-form";
	}

}
