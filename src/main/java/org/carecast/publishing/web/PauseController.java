package org.carecast.publishing.web;

import org.carecast.publishing.PublishingPause;
import org.carecast.publishing.ResumeChoice;
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
 * The crisis switch: administrators and reviewers stop all publishing at once, and on
 * resuming say what happens to the posts that came due meanwhile.
 */
@Controller
@PreAuthorize(PostController.REVIEWERS)
class PauseController {

	private final PublishingPause pause;

	private final OrganizationTime time;

	PauseController(PublishingPause pause, OrganizationTime time) {
		this.pause = pause;
		this.time = time;
	}

	@GetMapping("/publishing/pause")
	String page(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		model.addAttribute("status", this.pause.status(me.actor().organizationId()));
		model.addAttribute("zone", this.time.zone(me.actor()).getId());
		return "publishing/pause";
	}

	@PostMapping("/publishing/pause")
	String pause(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			this.pause.pause(me.actor(), reason);
			redirect.addFlashAttribute("notice", "All publishing is paused.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/publishing/pause";
	}

	@PostMapping("/publishing/resume")
	String resume(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(defaultValue = "HOLD") ResumeChoice choice,
			@RequestParam(required = false) String sendAt, RedirectAttributes redirect) {
		try {
			int held = this.pause.resume(me.actor(), choice,
					OrganizationTime.parse(sendAt, this.time.zone(me.actor())));
			redirect.addFlashAttribute("notice",
					"Publishing resumed. " + held + " held deliveries: " + switch (choice) {
						case PUBLISH_NOW -> "sending now.";
						case RESCHEDULE -> "rescheduled.";
						case HOLD -> "kept back; their posts are approved and wait to be scheduled again.";
					});
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/publishing/pause";
	}

}
