package org.carecast.publishing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.channels.PublishedPost;
import org.carecast.publishing.Delivery;
import org.carecast.publishing.Delivery.CommentState;
import org.carecast.publishing.Post;
import org.carecast.publishing.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt to send a published delivery's first comment as a reply under the post, run
 * by its own db-scheduler task. Like a delivery attempt: take the comment with a
 * conditional update, call the network outside any transaction, record the outcome in a
 * second one. The post stays published whatever happens to its comment.
 */
@Component
class FirstCommentAttempt {

	private static final Logger log = LoggerFactory.getLogger(FirstCommentAttempt.class);

	/**
	 * While publishing is paused a comment waits too, and looks again this much later.
	 */
	static final Duration PAUSED_RETRY = Duration.ofMinutes(1);

	private final DeliveryRepository deliveries;

	private final PostRepository posts;

	private final PauseRepository pause;

	private final ChannelPublisher publisher;

	private final AuditTrail auditTrail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FirstCommentAttempt(DeliveryRepository deliveries, PostRepository posts, PauseRepository pause,
			ChannelPublisher publisher, AuditTrail auditTrail, TransactionTemplate transactions, Clock clock) {
		this.deliveries = deliveries;
		this.posts = posts;
		this.pause = pause;
		this.publisher = publisher;
		this.auditTrail = auditTrail;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @return when to try again, if the network asked for that or publishing is paused
	 */
	Optional<Instant> run(UUID deliveryId) {
		Taken taken = this.transactions.execute((status) -> take(deliveryId));
		if (taken == null) {
			return Optional.empty();
		}
		if (taken.waitUntil() != null) {
			return Optional.of(taken.waitUntil());
		}
		Delivery d = taken.delivery();
		PublishOutcome outcome;
		try {
			outcome = this.publisher.publish(d.organizationId(), d.accountId(), taken.outbound(),
					d.firstComment().attempts(), d.firstComment().firstAttemptAt());
		}
		catch (RuntimeException ex) {
			// The type only: a message from deep in a client may quote what was sent.
			log.warn("Publishing the first comment of delivery {} ended with {}", d.id(), ex.getClass().getName());
			outcome = new PublishOutcome.RetryLater(this.clock.instant().plus(DeliveryAttempt.UNEXPECTED_ERROR_RETRY),
					"Carecast could not finish sending it and will try again.");
		}
		PublishOutcome result = outcome;
		return this.transactions.execute((status) -> record(taken, result));
	}

	private Taken take(UUID deliveryId) {
		Delivery delivery = this.deliveries.find(deliveryId).orElse(null);
		if (delivery == null || delivery.state() != Delivery.State.PUBLISHED || delivery.remoteId() == null
				|| delivery.firstComment().key() == null
				|| !List.of(CommentState.PENDING, CommentState.SENDING).contains(delivery.firstComment().state())) {
			return null;
		}
		Post post = this.posts.findAnywhere(delivery.postId()).orElse(null);
		if (post == null) {
			return null;
		}
		Instant now = this.clock.instant();
		if (this.pause.find(post.organizationId()).map((p) -> p.paused()).orElse(false)) {
			return new Taken(delivery, post, null, now.plus(PAUSED_RETRY));
		}
		String text = post.variants()
			.stream()
			.filter((v) -> v.accountId().equals(delivery.accountId()))
			.map(Variant::firstComment)
			.findFirst()
			.orElse(null);
		if (text == null || text.isBlank() || !this.deliveries.claimComment(deliveryId, now)) {
			return null;
		}
		OutboundPost reply = new OutboundPost(delivery.firstComment().key(), text, List.of(), null, delivery.remoteId(),
				null);
		return new Taken(delivery, post, reply, null);
	}

	private Optional<Instant> record(Taken taken, PublishOutcome outcome) {
		Delivery d = taken.delivery();
		Post post = taken.post();
		Instant now = this.clock.instant();
		String network = d.network().code();
		if (outcome instanceof PublishOutcome.Published published) {
			PublishedPost remote = published.post();
			String url = (remote.url() != null) ? remote.url().toString() : null;
			if (this.deliveries.commentPublished(d.id(), remote.remoteId(), url, now)) {
				system(post, "post.first_comment_published", "first comment published on " + network);
			}
		}
		else if (outcome instanceof PublishOutcome.RetryLater retry) {
			this.deliveries.commentAttemptEnded(d.id(), CommentState.PENDING, Recorder.limit(retry.reason()), now);
			return Optional.of(retry.notBefore().isAfter(now) ? retry.notBefore() : now.plusSeconds(1));
		}
		else if (outcome instanceof PublishOutcome.Failed failed) {
			fail(d, post, failed.reason(), now);
		}
		else if (outcome instanceof PublishOutcome.NeedsReconnection reconnect) {
			fail(d, post,
					"The account " + d.handle() + " on " + network
							+ " needs to be reconnected, so its first comment was not added. " + reconnect.reason(),
					now);
		}
		return Optional.empty();
	}

	private void fail(Delivery d, Post post, String reason, Instant now) {
		if (this.deliveries.commentAttemptEnded(d.id(), CommentState.FAILED, Recorder.limit(reason), now)) {
			system(post, "post.first_comment_failed", "first comment on " + d.network().code() + " failed");
		}
	}

	private void system(Post post, String action, String summary) {
		this.auditTrail.record(new AuditEvent(post.organizationId(), null, "system", action, "post",
				post.id().toString(), AuditEvent.Outcome.SUCCESS, summary));
	}

	private record Taken(Delivery delivery, Post post, OutboundPost outbound, Instant waitUntil) {

		@Override
		public String toString() {
			return "Taken[" + this.delivery.id() + ", " + this.outbound + "]";
		}

	}

}
