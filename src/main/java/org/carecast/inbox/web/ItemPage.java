package org.carecast.inbox.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.carecast.channels.ModerationAction;
import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.CrisisResources;
import org.carecast.inbox.InboxItem;
import org.carecast.inbox.InboxItems;
import org.carecast.inbox.InboxReplies;
import org.carecast.inbox.InboxStatus;
import org.carecast.inbox.InboxWork;
import org.carecast.inbox.ReplySuggestions;
import org.carecast.inbox.ModerationReason;
import org.carecast.inbox.internal.InboxProperties;
import org.carecast.inbox.internal.PresenceStore;
import org.carecast.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the item page shows, gathered in one place so the controller stays small.
 */
@Component
class ItemPage {

	private final InboxItems items;

	private final InboxWork work;

	private final InboxReplies replies;

	private final PresenceStore presence;

	private final CrisisResources crisis;

	private final InboxProperties properties;

	private final Clock clock;

	private final ReplySuggestions suggestions;

	ItemPage(InboxItems items, InboxWork work, InboxReplies replies, PresenceStore presence, CrisisResources crisis,
			InboxProperties properties, Clock clock, ReplySuggestions suggestions) {
		this.suggestions = suggestions;
		this.items = items;
		this.work = work;
		this.replies = replies;
		this.presence = presence;
		this.crisis = crisis;
		this.properties = properties;
		this.clock = clock;
	}

	void describe(Actor actor, InboxItem item, boolean responder, Model model) {
		Instant now = this.clock.instant();
		model.addAttribute("item", item);
		model.addAttribute("row", InboxRow.of(item, this.items.slaState(item), now));
		model.addAttribute("thread", this.items.thread(item));
		model.addAttribute("notes", this.items.notes(actor, item.id()));
		model.addAttribute("replies", this.replies.forItem(actor, item.id()));
		model.addAttribute("replying", this.presence.others(actor.organizationId(), item.id(), actor.userId(),
				now.minus(this.properties.presence())));
		model.addAttribute("responder", responder);
		model.addAttribute("adverseEvent", item.labels().contains(TriageLabel.ADVERSE_EVENT));
		model.addAttribute("statuses", InboxStatus.values());
		model.addAttribute("reasons", ModerationReason.values());
		model.addAttribute("moderationActions",
				new ModerationAction[] { ModerationAction.HIDE, ModerationAction.DELETE });
		model.addAttribute("cannotReply", this.replies.cannotReply(item).orElse(null));
		if (responder) {
			// Opening the page opens its reply form: tell the others for a while.
			this.presence.mark(actor.organizationId(), item.id(), actor.userId(), actor.displayName(), now);
			model.addAttribute("assignees", this.work.assignees(actor));
			model.addAttribute("replyKey", UUID.randomUUID());
			model.addAttribute("crisisKey", UUID.randomUUID());
			model.addAttribute("privateKey", UUID.randomUUID());
			model.addAttribute("crisisText", this.crisis.replyText(actor.organizationId()));
			if (this.replies.cannotReply(item).isEmpty()) {
				model.addAttribute("suggestions",
						this.suggestions.suggest(actor.organizationId(), item.text(), item.labels()));
			}
		}
	}

}
