package org.carecast.inbox;

import java.util.UUID;

import org.carecast.channels.ChannelModerator;
import org.carecast.channels.ModerationAction;
import org.carecast.channels.ModerationOutcome;
import org.carecast.inbox.internal.ModerationLog;
import org.carecast.shared.Actor;
import org.carecast.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Hides or deletes comments on their network, with a viewpoint-neutral reason, and the
 * privacy move: hide a public comment that shares health information and ask its author,
 * in a fixed reply that repeats nothing they wrote, to write privately. No transaction is
 * open while the network is asked.
 */
@Service
public class InboxModeration {

	static final String MOVE_TO_PRIVATE_HIDDEN = "Thanks for reaching out. To protect your privacy, please send us a "
			+ "direct message and we'll continue there. We've hidden your comment so your personal details "
			+ "aren't public.";

	static final String MOVE_TO_PRIVATE = "Thanks for reaching out. To protect your privacy, please send us a direct "
			+ "message and we'll continue there.";

	private final InboxItems items;

	private final ChannelModerator moderator;

	private final ModerationLog log;

	private final InboxReplies replies;

	InboxModeration(InboxItems items, ChannelModerator moderator, ModerationLog log, InboxReplies replies) {
		this.items = items;
		this.moderator = moderator;
		this.log = log;
		this.replies = replies;
	}

	/** What happened, in plain words for the page. */
	public record Result(boolean done, String message) {
	}

	public Result moderate(Actor actor, UUID itemId, ModerationAction action, ModerationReason reason) {
		InboxItem item = this.items.get(actor, itemId);
		if (action == ModerationAction.UNHIDE) {
			throw new InvalidInputException("Choose hide or delete.");
		}
		if (!item.isPublic()) {
			throw new InvalidInputException("Direct messages are not public: there is nothing to hide.");
		}
		ModerationOutcome outcome = this.moderator.moderate(actor.organizationId(), item.accountId(), item.kind(),
				item.remoteId(), action);
		if (outcome instanceof ModerationOutcome.Done) {
			this.log.done(actor, item,
					(action == ModerationAction.HIDE) ? ModerationState.HIDDEN : ModerationState.DELETED, reason);
			return new Result(true,
					(action == ModerationAction.HIDE) ? "Hidden on the network." : "Deleted on the network.");
		}
		this.log.refused(actor, item, action.name().toLowerCase());
		return new Result(false, reason(outcome));
	}

	/**
	 * Hides a public comment that shares health information and sends the fixed
	 * move-to-private reply.
	 */
	public Result moveToPrivate(Actor actor, UUID itemId, UUID replyKey) {
		InboxItem item = this.items.get(actor, itemId);
		if (!item.phiFound() || !item.isPublic()) {
			throw new InvalidInputException("Only public comments that share health information are moved to private.");
		}
		Result hidden = moderate(actor, itemId, ModerationAction.HIDE, ModerationReason.PRIVACY_PROTECTION);
		this.replies.send(actor, this.items.get(actor, itemId), replyKey, InboxReply.Kind.MOVE_TO_PRIVATE,
				hidden.done() ? MOVE_TO_PRIVATE_HIDDEN : MOVE_TO_PRIVATE);
		return hidden.done() ? new Result(true, "Hidden on the network; the private-message reply is being sent.")
				: new Result(false, "Not hidden: " + hidden.message()
						+ " Hide it in the network's own app. The private-message reply is being sent.");
	}

	private static String reason(ModerationOutcome outcome) {
		if (outcome instanceof ModerationOutcome.NotSupported n) {
			return n.reason();
		}
		if (outcome instanceof ModerationOutcome.Failed f) {
			return "The network refused: " + f.reason();
		}
		return "The network did not say.";
	}

}
