package org.carecast.accounts.web;

import org.carecast.accounts.Organizations;
import org.carecast.accounts.Role;
import org.carecast.accounts.StaffDirectory;
import org.carecast.accounts.internal.CarecastPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final Organizations organizations;

	private final StaffDirectory staff;

	HomeController(Organizations organizations, StaffDirectory staff) {
		this.organizations = organizations;
		this.staff = staff;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CarecastPrincipal me, Model model) {
		model.addAttribute("organization", this.organizations.get(me.account().organizationId()));
		model.addAttribute("roles", me.account().roles().stream().sorted().toList());
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("staffCount", this.staff.members(me.account().organizationId()).size());
		return "home";
	}

	@GetMapping("/login")
	String login(Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof CarecastPrincipal) ? "redirect:/"
				: "login";
	}

}
