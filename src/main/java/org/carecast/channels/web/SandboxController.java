package org.carecast.channels.web;

import org.carecast.channels.sandbox.SandboxPosts;
import org.carecast.shared.ActorPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sandbox network's timeline: what the organization published there, newest first, as
 * the public would see it on a real network.
 */
@Controller
class SandboxController {

	static final int TIMELINE_SIZE = 100;

	private final SandboxPosts posts;

	SandboxController(SandboxPosts posts) {
		this.posts = posts;
	}

	@GetMapping("/sandbox")
	String timeline(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		model.addAttribute("posts", this.posts.timeline(me.actor().organizationId(), TIMELINE_SIZE));
		return "channels/sandbox";
	}

}
