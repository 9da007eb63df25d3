package org.carecast.accounts.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.carecast.accounts.StaffDirectory;
import org.carecast.accounts.internal.CarecastPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone may read the staff directory; administrators edit it under
 * {@code /admin/staff}.
 */
@Controller
class StaffController {

	private final StaffDirectory staff;

	StaffController(StaffDirectory staff) {
		this.staff = staff;
	}

	@GetMapping("/staff")
	String list(@AuthenticationPrincipal CarecastPrincipal me, @RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("members", this.staff.search(me.actor(), q));
		model.addAttribute("q", (q != null) ? q : "");
		return (htmx != null) ? "accounts/staff-list :: results" : "accounts/staff-list";
	}

	@GetMapping("/admin/staff/new")
	String newForm(Model model) {
		model.addAttribute("form", StaffForm.empty());
		return "accounts/staff-form";
	}

	@PostMapping("/admin/staff")
	String create(@AuthenticationPrincipal CarecastPrincipal me, @Valid @ModelAttribute("form") StaffForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/staff-form";
		}
		this.staff.add(me.actor(), form.details());
		redirect.addFlashAttribute("notice", "Added " + form.fullName().strip() + " to the staff directory.");
		return "redirect:/staff";
	}

	@GetMapping("/admin/staff/{id}/edit")
	String editForm(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id, Model model) {
		model.addAttribute("form", StaffForm.of(this.staff.get(me.actor(), id)));
		model.addAttribute("memberId", id);
		return "accounts/staff-form";
	}

	@PostMapping("/admin/staff/{id}")
	String update(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.staff.get(me.actor(), id);
		if (result.hasErrors()) {
			model.addAttribute("memberId", id);
			return "accounts/staff-form";
		}
		this.staff.update(me.actor(), id, form.details());
		redirect.addFlashAttribute("notice", "Saved changes to " + form.fullName().strip() + ".");
		return "redirect:/staff";
	}

	@PostMapping("/admin/staff/{id}/delete")
	String delete(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		String name = this.staff.get(me.actor(), id).fullName();
		this.staff.remove(me.actor(), id);
		redirect.addFlashAttribute("notice", "Removed " + name + " from the staff directory.");
		return "redirect:/staff";
	}

}
