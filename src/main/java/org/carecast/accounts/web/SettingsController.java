package org.carecast.accounts.web;

import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import org.carecast.accounts.Organizations;
import org.carecast.accounts.internal.CarecastPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/settings")
class SettingsController {

	private final Organizations organizations;

	SettingsController(Organizations organizations) {
		this.organizations = organizations;
	}

	@ModelAttribute("zones")
	List<String> zones() {
		return ZoneId.getAvailableZoneIds()
			.stream()
			.filter((z) -> z.contains("/") && !z.startsWith("Etc/"))
			.sorted()
			.toList();
	}

	@GetMapping
	String show(@AuthenticationPrincipal CarecastPrincipal me, Model model) {
		model.addAttribute("form", SettingsForm.of(this.organizations.get(me.account().organizationId())));
		return "accounts/settings";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CarecastPrincipal me, @Valid @ModelAttribute("form") SettingsForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/settings";
		}
		this.organizations.updateSettings(me.actor(), form.name(), form.timeZone());
		redirect.addFlashAttribute("notice", "Settings saved.");
		return "redirect:/admin/settings";
	}

}
