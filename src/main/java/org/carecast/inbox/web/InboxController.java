package org.carecast.inbox.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.InboxFilter;
import org.carecast.inbox.InboxItem;
import org.carecast.inbox.InboxItems;
import org.carecast.inbox.InboxPriority;
import org.carecast.inbox.InboxStatus;
import org.carecast.inbox.InboxWork;
import org.carecast.inbox.SlaState;
import org.carecast.shared.Actor;
import org.carecast.shared.ActorPrincipal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox list with its filters and bulk actions. Unknown filter values are ignored
 * rather than refused: a filter is a view, and a stale bookmark should still open.
 */
@Controller
class InboxController {

	private final InboxItems items;

	private final InboxWork work;

	private final Clock clock;

	InboxController(InboxItems items, InboxWork work, Clock clock) {
		this.items = items;
		this.work = work;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	@PreAuthorize(InboxRoles.READERS)
	String list(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String network,
			@RequestParam(defaultValue = "") String priority, @RequestParam(defaultValue = "") String assignee,
			@RequestParam(defaultValue = "") String sla, @RequestParam(defaultValue = "") String after, Model model) {
		Actor actor = me.actor();
		UUID assigneeId = "me".equals(assignee) ? actor.userId() : parse(assignee);
		InboxFilter filter = new InboxFilter(InboxStatus.fromCode(status).orElse(InboxStatus.OPEN),
				TriageLabel.fromCode(label).orElse(null), ChannelNetwork.fromCode(network).orElse(null),
				InboxPriority.fromCode(priority).orElse(null), assigneeId, "unassigned".equals(assignee),
				SlaState.fromCode(sla).orElse(null), InboxFilter.Cursor.parse(after));
		List<InboxItem> page = this.items.list(actor, filter);
		Instant now = this.clock.instant();
		List<InboxRow> rows = page.stream()
			.limit(InboxItems.PAGE)
			.map((i) -> InboxRow.of(i, this.items.slaState(i), now))
			.toList();
		if (page.size() > InboxItems.PAGE) {
			InboxItem last = page.get(InboxItems.PAGE - 1);
			model.addAttribute("next",
					new InboxFilter.Cursor(last.priority().ordinal(), last.slaDueAt(), last.id()).value());
		}
		model.addAttribute("rows", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("assignee",
				(assigneeId != null && !"me".equals(assignee)) ? assigneeId.toString() : assignee);
		model.addAttribute("labels", TriageLabel.values());
		model.addAttribute("networks", ChannelNetwork.values());
		model.addAttribute("priorities", InboxPriority.values());
		model.addAttribute("statuses", InboxStatus.values());
		model.addAttribute("slaStates", List.of(SlaState.OVERDUE, SlaState.DUE_SOON, SlaState.OK));
		model.addAttribute("assignees", this.work.assignees(actor));
		return "inbox/list";
	}

	@PostMapping("/inbox/bulk")
	@PreAuthorize(InboxRoles.RESPONDERS)
	String bulk(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(defaultValue = "") String action,
			@RequestParam(name = "ids", required = false) List<UUID> ids, RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("problem", "Choose at least one item first.");
			return "redirect:/inbox";
		}
		Actor actor = me.actor();
		InboxWork.BulkResult result = switch (action) {
			case "assign_me" -> this.work.bulkAssignToMe(actor, ids);
			case "waiting" -> this.work.bulkStatus(actor, ids, InboxStatus.WAITING);
			case "closed" -> this.work.bulkStatus(actor, ids, InboxStatus.CLOSED);
			case "spam" -> this.work.markSpam(actor, ids);
			default -> null;
		};
		if (result == null) {
			redirect.addFlashAttribute("problem", "Choose what to do with the items.");
			return "redirect:/inbox";
		}
		redirect.addFlashAttribute("notice", result.done() + " of " + ids.size() + " items changed.");
		if (result.refusedCrisis() > 0) {
			redirect.addFlashAttribute("problem", result.refusedCrisis()
					+ " crisis items were left as they were: open each one, answer it, and close it with a note.");
		}
		else if (result.skipped() > 0) {
			redirect.addFlashAttribute("problem", result.skipped()
					+ " items were not changed: someone else changed them meanwhile. Reload and check.");
		}
		return "redirect:/inbox";
	}

	private static UUID parse(String value) {
		try {
			return value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
