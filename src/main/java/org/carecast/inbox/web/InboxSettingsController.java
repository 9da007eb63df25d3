package org.carecast.inbox.web;

import org.carecast.inbox.CrisisResources;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's inbox settings: the local crisis line added to the crisis resources
 * reply. Administrators only.
 */
@Controller
class InboxSettingsController {

	private final CrisisResources crisis;

	InboxSettingsController(CrisisResources crisis) {
		this.crisis = crisis;
	}

	@GetMapping("/admin/inbox")
	@PreAuthorize("hasRole('ADMIN')")
	String show(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		model.addAttribute("localLine", this.crisis.localLine(me.actor().organizationId()));
		model.addAttribute("preview", this.crisis.replyText(me.actor().organizationId()));
		return "inbox/settings";
	}

	@PostMapping("/admin/inbox")
	@PreAuthorize("hasRole('ADMIN')")
	String save(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(defaultValue = "") String localLine,
			RedirectAttributes redirect) {
		try {
			this.crisis.setLocalLine(me.actor(), localLine);
			redirect.addFlashAttribute("notice", "Saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/inbox";
	}

}
