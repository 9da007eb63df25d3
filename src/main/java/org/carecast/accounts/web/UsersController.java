package org.carecast.accounts.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.carecast.accounts.Role;
import org.carecast.accounts.UserAdministration;
import org.carecast.accounts.internal.CarecastPrincipal;
import org.carecast.shared.ConflictException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People administration. One-time passwords are rendered once in the response to the
 * action that made them and never stored or redirected through a URL.
 */
@Controller
@RequestMapping("/admin/users")
class UsersController {

	private final UserAdministration users;

	UsersController(UserAdministration users) {
		this.users = users;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal CarecastPrincipal me, Model model) {
		model.addAttribute("users", this.users.list(me.actor()));
		return "accounts/users-list";
	}

	@GetMapping("/new")
	String inviteForm(Model model) {
		model.addAttribute("form", InviteForm.empty());
		return "accounts/user-invite";
	}

	@PostMapping
	String invite(@AuthenticationPrincipal CarecastPrincipal me, @Valid @ModelAttribute("form") InviteForm form,
			BindingResult result, Model model) {
		if (result.hasErrors()) {
			return "accounts/user-invite";
		}
		try {
			UserAdministration.Invitation invitation = this.users.invite(me.actor(), form.email(), form.displayName(),
					form.roles());
			model.addAttribute("user", invitation.user());
			model.addAttribute("oneTimePassword", invitation.oneTimePassword());
			return "accounts/user-password";
		}
		catch (ConflictException ex) {
			result.rejectValue("email", ex.code(), ex.getMessage());
			return "accounts/user-invite";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id, Model model) {
		model.addAttribute("user", this.users.get(me.actor(), id));
		return "accounts/user-detail";
	}

	@PostMapping("/{id}/roles")
	String roles(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id, RolesForm form,
			RedirectAttributes redirect) {
		try {
			this.users.updateRoles(me.actor(), id, form.rolesOrEmpty());
			redirect.addFlashAttribute("notice", "Roles saved.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enabled")
	String enabled(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		try {
			this.users.setEnabled(me.actor(), id, enabled);
			redirect.addFlashAttribute("notice", enabled ? "Account enabled."
					: "Account disabled. " + "The person is signed out and their API tokens stop working.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password-reset")
	String resetPassword(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id, Model model) {
		String oneTime = this.users.resetPassword(me.actor(), id);
		model.addAttribute("user", this.users.get(me.actor(), id));
		model.addAttribute("oneTimePassword", oneTime);
		return "accounts/user-password";
	}

}
