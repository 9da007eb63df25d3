package org.carecast.inbox.web;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.carecast.accounts.Role;
import org.carecast.inbox.InboxItem;
import org.carecast.inbox.InboxItems;
import org.carecast.inbox.InboxStatus;
import org.carecast.inbox.InboxWork;
import org.carecast.shared.Actor;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One item: its text, thread, labels, guardrail flags, notes and replies, and the team's
 * actions on it. A responder who opens it is shown to others as replying for a couple of
 * minutes, so two people do not answer the same person.
 */
@Controller
class InboxItemController {

	private final InboxItems items;

	private final InboxWork work;

	private final ItemPage page;

	InboxItemController(InboxItems items, InboxWork work, ItemPage page) {
		this.items = items;
		this.work = work;
		this.page = page;
	}

	@GetMapping("/inbox/{id}")
	@PreAuthorize(InboxRoles.READERS)
	String show(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, HttpServletRequest request,
			Model model) {
		Actor actor = me.actor();
		InboxItem item = this.items.get(actor, id);
		boolean responder = request.isUserInRole(Role.RESPONDER.name()) || request.isUserInRole(Role.ADMIN.name());
		this.page.describe(actor, item, responder, model);
		return "inbox/item";
	}

	@PostMapping("/inbox/{id}/notes")
	@PreAuthorize(InboxRoles.RESPONDERS)
	String note(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		return act(id, redirect, "Note added.", () -> this.work.note(me.actor(), id, body));
	}

	@PostMapping("/inbox/{id}/assign")
	@PreAuthorize(InboxRoles.RESPONDERS)
	String assign(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String assignee, RedirectAttributes redirect) {
		return act(id, redirect, assignee.isBlank() ? "Nobody is assigned now." : "Assigned.", () -> {
			UUID to = "me".equals(assignee) ? me.actor().userId() : parse(assignee);
			this.work.assign(me.actor(), id, version, to);
			return null;
		});
	}

	@PostMapping("/inbox/{id}/status")
	@PreAuthorize(InboxRoles.RESPONDERS)
	String status(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String status, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		InboxStatus to = InboxStatus.fromCode(status).orElse(null);
		return act(id, redirect, "Status changed.", () -> {
			if (to == null) {
				throw new InvalidInputException("Choose a status.");
			}
			this.work.changeStatus(me.actor(), id, version, to, note);
			return null;
		});
	}

	@PostMapping("/inbox/{id}/legal-hold")
	@PreAuthorize("hasRole('ADMIN')")
	String legalHold(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean hold, RedirectAttributes redirect) {
		return act(id, redirect, hold ? "Legal hold set." : "Legal hold lifted.", () -> {
			this.work.legalHold(me.actor(), id, version, hold);
			return null;
		});
	}

	static String act(UUID id, RedirectAttributes redirect, String done, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ConflictException | InvalidInputException ex) {
			// Our own fixed messages, never the item's text.
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/inbox/" + id;
	}

	static UUID parse(String value) {
		try {
			return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("Choose a person from the list.");
		}
	}

}
