package org.carecast.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundKind;
import org.carecast.inbox.internal.ReplyGuard;
import org.carecast.inbox.internal.ReplyScheduler;
import org.carecast.inbox.internal.ReplyStore;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies from the inbox. A reply passes the guardrail, is stored with the idempotency
 * key its form carried and then sent by a task: the same form sent twice (a double click,
 * a retried request) finds the stored reply and sends nothing more.
 */
@Service
public class InboxReplies {

	static final int TEXT_LIMIT = 5000;

	/**
	 * Shown instead of the reply form where the network's API cannot answer messages yet.
	 */
	public static final String MESSAGES_FROM_THE_APP = "Replies to direct messages are sent from the network's own app "
			+ "for now.";

	private final InboxItems items;

	private final ReplyStore replies;

	private final ReplyScheduler scheduler;

	private final ReplyGuard guard;

	private final AuditTrail audit;

	private final Clock clock;

	InboxReplies(InboxItems items, ReplyStore replies, ReplyScheduler scheduler, ReplyGuard guard, AuditTrail audit,
			Clock clock) {
		this.items = items;
		this.replies = replies;
		this.scheduler = scheduler;
		this.guard = guard;
		this.audit = audit;
		this.clock = clock;
	}

	/** Why the item cannot be answered from here, or empty when it can. */
	public Optional<String> cannotReply(InboxItem item) {
		if (item.kind() == InboundKind.DIRECT_MESSAGE && item.network() != ChannelNetwork.SANDBOX) {
			return Optional.of(MESSAGES_FROM_THE_APP);
		}
		if (item.moderation() == ModerationState.DELETED) {
			return Optional.of("This comment was deleted on the network, so it cannot be answered.");
		}
		return Optional.empty();
	}

	@Transactional
	public InboxReply reply(Actor actor, UUID itemId, @Nullable UUID key, String text) {
		return send(actor, this.items.get(actor, itemId), key, InboxReply.Kind.WRITTEN, text);
	}

	/**
	 * Sends the crisis resources (988, 911, the organization's local line) in one step.
	 */
	@Transactional
	public InboxReply sendCrisisResources(Actor actor, UUID itemId, @Nullable UUID key, String text) {
		return send(actor, this.items.get(actor, itemId), key, InboxReply.Kind.CRISIS_RESOURCES, text);
	}

	@Transactional
	public InboxReply send(Actor actor, InboxItem item, @Nullable UUID key, InboxReply.Kind kind, String text) {
		if (key == null) {
			throw new InvalidInputException("This reply form is out of date. Reload the item and write it again.");
		}
		Optional<InboxReply> earlier = this.replies.byKey(actor.organizationId(), key);
		if (earlier.isPresent()) {
			if (!earlier.get().itemId().equals(item.id())) {
				throw new ConflictException("reply_key_reused", "This reply form was already used for another item.");
			}
			return earlier.get();
		}
		cannotReply(item).ifPresent((reason) -> {
			throw new InvalidInputException(reason);
		});
		String body = (text != null) ? text.strip() : "";
		if (body.isEmpty()) {
			throw new InvalidInputException("Write the reply first.");
		}
		if (body.length() > TEXT_LIMIT) {
			throw new InvalidInputException("A reply has at most " + TEXT_LIMIT + " characters.");
		}
		List<String> problems = this.guard.problems(actor.organizationId(), item.network(), body);
		if (!problems.isEmpty()) {
			throw new ReplyBlockedException(problems);
		}
		Instant now = this.clock.instant();
		InboxReply reply = new InboxReply(UUID.randomUUID(), item.id(), actor.organizationId(), item.accountId(), key,
				kind, body, InboxReply.State.SENDING, null, null, null, 0, null, actor.displayName(), now);
		this.replies.insert(reply, actor.userId());
		this.scheduler.schedule(reply.id(), now);
		this.audit.record(AuditEvent.by(actor, "inbox.reply.requested", "inbox_item", item.id(),
				kind.name().toLowerCase() + " reply of " + body.length() + " characters queued"));
		return reply;
	}

	@Transactional(readOnly = true)
	public List<InboxReply> forItem(Actor actor, UUID itemId) {
		return this.replies.forItem(actor.organizationId(), itemId);
	}

}
