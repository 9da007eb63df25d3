package org.carecast.inbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.inbox.InboxItem;
import org.carecast.inbox.InboxReply;
import org.carecast.inbox.InboxStatus;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one reply, as the reply task. The network call runs outside any transaction; what
 * it learned is stored afterwards. Every attempt sends the reply's one idempotency key,
 * so a retry after a crash or an unknown outcome never answers twice.
 */
@Component
class ReplyAttempt {

	private final ReplyStore replies;

	private final InboxItemStore items;

	private final InboxWorkStore work;

	private final ChannelPublisher publisher;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReplyAttempt(ReplyStore replies, InboxItemStore items, InboxWorkStore work, ChannelPublisher publisher,
			AuditTrail audit, TransactionTemplate transactions, Clock clock) {
		this.replies = replies;
		this.items = items;
		this.work = work;
		this.publisher = publisher;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** When to try again, or empty when the reply is done (sent or failed for good). */
	Optional<Instant> run(UUID replyId) {
		InboxReply reply = this.replies.find(replyId).orElse(null);
		if (reply == null || reply.state() != InboxReply.State.SENDING) {
			return Optional.empty();
		}
		InboxItem item = this.items.find(reply.organizationId(), reply.itemId()).orElse(null);
		if (item == null) {
			return Optional.empty();
		}
		Instant firstAttemptAt = reply.firstAttemptAt();
		if (firstAttemptAt == null) {
			this.replies.attemptStarted(replyId, this.clock.instant());
		}
		OutboundPost post = new OutboundPost(reply.idempotencyKey(), reply.text(), List.of(), null, item.remoteId(),
				null);
		PublishOutcome outcome;
		try {
			outcome = this.publisher.publish(reply.organizationId(), reply.accountId(), post, reply.attempts(),
					firstAttemptAt);
		}
		catch (ResourceNotFoundException ex) {
			outcome = new PublishOutcome.Failed("The account this item came from is no longer connected.");
		}
		PublishOutcome result = outcome;
		return this.transactions.execute((tx) -> record(reply, item, result));
	}

	private Optional<Instant> record(InboxReply reply, InboxItem item, PublishOutcome outcome) {
		Instant now = this.clock.instant();
		if (outcome instanceof PublishOutcome.Published p) {
			this.replies.sent(reply.id(), p.post().remoteId(),
					(p.post().url() != null) ? p.post().url().toString() : null, now);
			if (item.status() == InboxStatus.OPEN) {
				// Answered: the SLA is met and the item waits for its author.
				this.work.status(item.organizationId(), item.id(), item.version(), InboxStatus.WAITING, now);
			}
			audit(reply, "inbox.reply.sent", AuditEvent.Outcome.SUCCESS, "reply sent to " + item.network().code());
		}
		else if (outcome instanceof PublishOutcome.RetryLater r) {
			this.replies.retry(reply.id(), now);
			return Optional.of(r.notBefore());
		}
		else if (outcome instanceof PublishOutcome.Failed f) {
			fail(reply, f.reason(), now);
		}
		else if (outcome instanceof PublishOutcome.NeedsReconnection n) {
			fail(reply, n.reason(), now);
		}
		return Optional.empty();
	}

	private void fail(InboxReply reply, String reason, Instant now) {
		this.replies.failed(reply.id(), reason, now);
		audit(reply, "inbox.reply.failed", AuditEvent.Outcome.FAILURE, "reply not sent: the network refused it");
	}

	private void audit(InboxReply reply, String action, AuditEvent.Outcome outcome, String summary) {
		this.audit.record(new AuditEvent(reply.organizationId(), null, "system", action, "inbox_item",
				reply.itemId().toString(), outcome, summary));
	}

}
