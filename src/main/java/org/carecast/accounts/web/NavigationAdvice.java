package org.carecast.accounts.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.carecast.accounts.Role;
import org.carecast.accounts.internal.CarecastPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The navigation every page shows: only the places the signed-in person's roles allow, so
 * nobody is offered a link that ends in "forbidden".
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

	/** One navigation link; {@code current} marks the section the page belongs to. */
	record NavItem(String label, String path, boolean current) {
	}

	@ModelAttribute("me")
	CarecastPrincipal me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CarecastPrincipal principal)
				? principal : null;
	}

	@ModelAttribute("nav")
	List<NavItem> nav(HttpServletRequest request) {
		String here = request.getRequestURI().substring(request.getContextPath().length());
		CarecastPrincipal me = me();
		List<NavItem> items = new ArrayList<>();
		if (me == null || me.account().mustChangePassword()) {
			// Someone with a one-time password can only choose a new one; links would
			// bounce.
			return items;
		}
		items.add(item("Home", "/", here));
		if (me.account().hasRole(Role.ADMIN) || me.account().hasRole(Role.RESPONDER)) {
			items.add(item("Inbox", "/inbox", here));
		}
		if (me.account().hasRole(Role.ADMIN) || me.account().hasRole(Role.RESPONDER)
				|| me.account().hasRole(Role.REVIEWER)) {
			items.add(item("Adverse events", "/inbox/adverse-events", here));
			items.add(item("Answer library", "/inbox/answers", here));
		}
		if (!me.account().roles().isEmpty()) {
			items.add(item("Posts", "/posts", here));
			items.add(item("Calendar", "/calendar", here));
			items.add(item("Campaigns", "/campaigns", here));
			items.add(item("Content library", "/library", here));
		}
		items.add(item("Check a text", "/check", here));
		items.add(item("Staff directory", "/staff", here));
		if (me.account().hasRole(Role.ADMIN) || me.account().hasRole(Role.AUTHOR)
				|| me.account().hasRole(Role.REVIEWER)) {
			items.add(item("Channels", "/channels", here));
		}
		if (me.account().hasRole(Role.ADMIN)) {
			items.add(item("People", "/admin/users", here));
			items.add(item("Settings", "/admin/settings", here));
			items.add(item("Guardrail policy", "/admin/guardrail", here));
			items.add(item("Audit trail", "/admin/audit", here));
			items.add(item("Inbox settings", "/admin/inbox", here));
		}
		if (me.account().hasRole(Role.ADMIN) || me.account().hasRole(Role.REVIEWER)) {
			items.add(item("Pause publishing", "/publishing/pause", here));
			items.add(item("Health myths", "/guardrail/claims", here));
		}
		items.add(item("My account", "/account", here));
		return items;
	}

	private static NavItem item(String label, String path, String here) {
		boolean current = "/".equals(path) ? "/".equals(here) : here.equals(path) || here.startsWith(path + "/")
				|| (path.equals("/staff") && here.startsWith("/admin/staff"));
		if (path.equals("/inbox") && (here.startsWith("/inbox/adverse-events") || here.startsWith("/inbox/answers"))) {
			// Their own links are current there, not the inbox's.
			current = false;
		}
		return new NavItem(label, path, current);
	}

}
