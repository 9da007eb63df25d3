package org.carecast.channels.web;

import org.carecast.channels.InboundKind;
import org.carecast.channels.sandbox.SandboxPosts;
import org.carecast.channels.sandbox.SandboxPublic;
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
 * The sandbox network's timeline: what the organization published there, newest first, as
 * the public would see it on a real network; and a form to answer as a member of the
 * public, so the inbox has something to practise on.
 */
@Controller
class SandboxController {

	static final int TIMELINE_SIZE = 100;

	private final SandboxPosts posts;

	private final SandboxPublic people;

	SandboxController(SandboxPosts posts, SandboxPublic people) {
		this.posts = posts;
		this.people = people;
	}

	@GetMapping("/sandbox")
	String timeline(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		model.addAttribute("posts", this.posts.timeline(me.actor().organizationId(), TIMELINE_SIZE));
		return "channels/sandbox";
	}

	@PostMapping("/sandbox/public")
	@PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR', 'REVIEWER', 'RESPONDER', 'ANALYST')")
	String writeAsThePublic(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(required = false) String author,
			@RequestParam(required = false) String text, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String replyTo, RedirectAttributes redirect) {
		try {
			InboundKind chosen = switch ((kind != null) ? kind : "") {
				case "comment" -> InboundKind.COMMENT;
				case "mention" -> InboundKind.MENTION;
				case "message" -> InboundKind.DIRECT_MESSAGE;
				default -> throw new InvalidInputException("Choose a reply, a mention or a direct message.");
			};
			int accounts = this.people.write(me.actor(),
					new SandboxPublic.Writing(author, text, chosen, (chosen == InboundKind.COMMENT) ? replyTo : null));
			redirect.addFlashAttribute("notice", "Sent to " + accounts
					+ ((accounts == 1) ? " sandbox account" : " sandbox accounts") + ". It appears in the inbox.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/sandbox#public";
	}

}
