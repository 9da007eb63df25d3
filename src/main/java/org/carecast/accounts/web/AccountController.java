package org.carecast.accounts.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.carecast.accounts.ApiTokens;
import org.carecast.accounts.UserAdministration;
import org.carecast.accounts.internal.CarecastPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account: password and personal API tokens.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private final UserAdministration users;

	private final ApiTokens tokens;

	AccountController(UserAdministration users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CarecastPrincipal me, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm(""));
		}
		model.addAttribute("tokens", this.tokens.list(me.actor()));
		return "accounts/account";
	}

	@PostMapping("/tokens")
	String issue(@AuthenticationPrincipal CarecastPrincipal me, @Valid @ModelAttribute("tokenForm") TokenForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			ApiTokens.Issued issued = this.tokens.issue(me.actor(), form.name());
			model.addAttribute("issued", issued);
			model.addAttribute("tokenForm", new TokenForm(""));
		}
		model.addAttribute("tokens", this.tokens.list(me.actor()));
		return "accounts/account";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal CarecastPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(me.actor(), id);
		redirect.addFlashAttribute("notice", "Token revoked. Requests that use it are refused from now on.");
		return "redirect:/account";
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "accounts/password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CarecastPrincipal me,
			@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/password";
		}
		if (!this.users.changeOwnPassword(me.actor(), form.currentPassword(), form.newPassword())) {
			result.rejectValue("currentPassword", "wrong", "That is not your current password.");
			return "accounts/password";
		}
		// ActiveAccountFilter picks up the cleared must-change flag on the next request.
		redirect.addFlashAttribute("notice", "Password changed.");
		return "redirect:/";
	}

}
