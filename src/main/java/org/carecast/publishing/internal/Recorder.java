package org.carecast.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.PublishOutcome;
import org.carecast.channels.PublishedPost;
import org.carecast.publishing.Delivery;
import org.carecast.publishing.Delivery.State;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostState;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a publish outcome into delivery and post states, with audit records by "system".
 */
final class Recorder {

	private static final int MESSAGE_LIMIT = 1000;

	final TransactionTemplate transactions;

	final Clock clock;

	private final DeliveryRepository deliveries;

	private final PostRepository posts;

	private final AuditTrail auditTrail;

	private final ObjectProvider<DeliveryScheduler> scheduler;

	/**
	 * @param scheduler looked up when a comment is due: the scheduler's client is built
	 * from every task, and the delivery task needs this recorder
	 */
	Recorder(DeliveryRepository deliveries, PostRepository posts, AuditTrail auditTrail,
			TransactionTemplate transactions, Clock clock, ObjectProvider<DeliveryScheduler> scheduler) {
		this.scheduler = scheduler;
		this.deliveries = deliveries;
		this.posts = posts;
		this.auditTrail = auditTrail;
		this.transactions = transactions;
		this.clock = clock;
	}

	Optional<Instant> record(DeliveryAttempt.Claim claim, PublishOutcome outcome) {
		Delivery d = claim.delivery();
		Post post = claim.post();
		Instant now = this.clock.instant();
		String where = d.handle() + " on " + d.network().code();
		if (outcome instanceof PublishOutcome.Published published) {
			PublishedPost remote = published.post();
			String url = (remote.url() != null) ? remote.url().toString() : null;
			if (this.deliveries.published(d.id(), remote.remoteId(), url, remote.publishedAt(), now)) {
				system(post, "delivery.published", "published to " + d.network().code());
				if (claim.firstComment() != null && !claim.firstComment().isBlank()
						&& this.deliveries.commentPending(d.id(), UUID.randomUUID(), now)) {
					this.scheduler.getObject().scheduleFirstComment(d.id(), now);
				}
				if (this.deliveries.allPublished(post.id()) && this.posts.transition(post.id(),
						List.of(PostState.PUBLISHING, PostState.SCHEDULED), PostState.PUBLISHED, null, now)) {
					system(post, "post.published", "published to every account");
				}
			}
		}
		else if (outcome instanceof PublishOutcome.RetryLater retry) {
			this.deliveries.attemptEnded(d.id(), State.SCHEDULED, limit(retry.reason()), now);
			Instant at = retry.notBefore().isAfter(now) ? retry.notBefore() : now.plusSeconds(1);
			system(post, "delivery.retry_scheduled", "delivery to " + d.network().code() + " retries at " + at);
			return Optional.of(at);
		}
		else if (outcome instanceof PublishOutcome.Failed failed) {
			fail(d, post, failed.reason(), where + ": " + failed.reason(), now);
		}
		else if (outcome instanceof PublishOutcome.NeedsReconnection reconnect) {
			fail(d, post, reconnect.reason(), "The account " + where
					+ " needs to be reconnected. Ask an administrator to reconnect it, then schedule the post again.",
					now);
		}
		return Optional.empty();
	}

	private void fail(Delivery d, Post post, String reason, String postMessage, Instant now) {
		if (this.deliveries.attemptEnded(d.id(), State.FAILED, limit(reason), now)) {
			this.posts.transition(post.id(), List.of(PostState.PUBLISHING, PostState.SCHEDULED, PostState.FAILED),
					PostState.FAILED, limit(postMessage), now);
			system(post, "post.failed", "delivery to " + d.network().code() + " failed");
		}
	}

	void system(Post post, String action, String summary) {
		this.auditTrail.record(new AuditEvent(post.organizationId(), null, "system", action, "post",
				post.id().toString(), AuditEvent.Outcome.SUCCESS, summary));
	}

	static String limit(String text) {
		String value = (text != null) ? text : "";
		return (value.length() > MESSAGE_LIMIT) ? value.substring(0, MESSAGE_LIMIT - 1) + "\u2026" : value;
	}

}
