package org.carecast.inbox.web;

import java.util.UUID;

import org.carecast.channels.ModerationAction;
import org.carecast.inbox.CrisisResources;
import org.carecast.inbox.InboxModeration;
import org.carecast.inbox.InboxReplies;
import org.carecast.inbox.ModerationReason;
import org.carecast.inbox.ReplyBlockedException;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Replies and moderation from an item's page. A reply the guardrail stops comes back to
 * the page with the guardrail's reasons and the text kept in the form.
 */
@Controller
class InboxReplyController {

	private final InboxReplies replies;

	private final InboxModeration moderation;

	private final CrisisResources crisis;

	InboxReplyController(InboxReplies replies, InboxModeration moderation, CrisisResources crisis) {
		this.replies = replies;
		this.moderation = moderation;
		this.crisis = crisis;
	}

	@PostMapping("/inbox/{id}/reply")
	@PreAuthorize(InboxRoles.RESPONDERS)
	String reply(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String key, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		try {
			this.replies.reply(me.actor(), id, key(key), text);
			redirect.addFlashAttribute("notice", "Reply passed the guardrail and is being sent.");
		}
		catch (ReplyBlockedException ex) {
			redirect.addFlashAttribute("problem", "The reply was not sent: the guardrail stopped it.");
			redirect.addFlashAttribute("replyProblems", ex.problems());
			redirect.addFlashAttribute("draft", text);
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("draft", text);
		}
		return "redirect:/inbox/" + id;
	}

	@PostMapping("/inbox/{id}/crisis-resources")
	@PreAuthorize(InboxRoles.RESPONDERS)
	String crisisResources(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String key, RedirectAttributes redirect) {
		try {
			this.replies.sendCrisisResources(me.actor(), id, key(key),
					this.crisis.replyText(me.actor().organizationId()));
			redirect.addFlashAttribute("notice", "Crisis resources are being sent.");
		}
		catch (ReplyBlockedException ex) {
			redirect.addFlashAttribute("problem", "The crisis resources were not sent: the guardrail stopped them.");
			redirect.addFlashAttribute("replyProblems", ex.problems());
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/inbox/" + id;
	}

	@PostMapping("/inbox/{id}/move-to-private")
	@PreAuthorize(InboxRoles.RESPONDERS)
	String moveToPrivate(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String key, RedirectAttributes redirect) {
		try {
			InboxModeration.Result result = this.moderation.moveToPrivate(me.actor(), id, key(key));
			redirect.addFlashAttribute(result.done() ? "notice" : "problem", result.message());
		}
		catch (ReplyBlockedException ex) {
			redirect.addFlashAttribute("problem", "The private-message reply was not sent: the guardrail stopped it.");
			redirect.addFlashAttribute("replyProblems", ex.problems());
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/inbox/" + id;
	}

	@PostMapping("/inbox/{id}/moderate")
	@PreAuthorize(InboxRoles.RESPONDERS)
	String moderate(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			ModerationAction what = "delete".equalsIgnoreCase(action) ? ModerationAction.DELETE
					: "hide".equalsIgnoreCase(action) ? ModerationAction.HIDE : null;
			ModerationReason why = ModerationReason.fromCode(reason).orElse(null);
			if (what == null || why == null) {
				throw new InvalidInputException("Choose hide or delete, and a reason from the list.");
			}
			InboxModeration.Result result = this.moderation.moderate(me.actor(), id, what, why);
			redirect.addFlashAttribute(result.done() ? "notice" : "problem", result.message());
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/inbox/" + id;
	}

	private static UUID key(String value) {
		try {
			return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
