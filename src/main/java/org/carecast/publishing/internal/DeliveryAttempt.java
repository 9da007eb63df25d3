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
import org.carecast.publishing.Delivery;
import org.carecast.publishing.Delivery.State;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostState;
import org.carecast.publishing.Variant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt to send one delivery, run by its db-scheduler task. It re-checks in a
 * transaction that the post is still scheduled and publishing is not paused, takes the
 * delivery with a conditional update, calls the network outside any transaction, and
 * records the outcome in a second one.
 */
@Component
class DeliveryAttempt {

	private static final Logger log = LoggerFactory.getLogger(DeliveryAttempt.class);

	static final Duration UNEXPECTED_ERROR_RETRY = Duration.ofMinutes(5);

	private static final List<PostState> SENDABLE = List.of(PostState.SCHEDULED, PostState.PUBLISHING,
			PostState.FAILED);

	private final DeliveryRepository deliveries;

	private final PostRepository posts;

	private final PauseRepository pause;

	private final ChannelPublisher publisher;

	private final Recorder recorder;

	private final DeliveryMedia media;

	DeliveryAttempt(DeliveryRepository deliveries, PostRepository posts, PauseRepository pause,
			ChannelPublisher publisher, DeliveryMedia media, AuditTrail auditTrail, TransactionTemplate transactions,
			Clock clock, ObjectProvider<DeliveryScheduler> scheduler) {
		this.deliveries = deliveries;
		this.posts = posts;
		this.pause = pause;
		this.publisher = publisher;
		this.media = media;
		this.recorder = new Recorder(deliveries, posts, auditTrail, transactions, clock, scheduler);
	}

	/**
	 * @return when to try again, if the network asked for that
	 */
	Optional<Instant> run(UUID deliveryId) {
		Claim claim = this.recorder.transactions.execute((status) -> claim(deliveryId));
		if (claim == null) {
			return Optional.empty();
		}
		Delivery d = claim.delivery();
		PublishOutcome outcome;
		try {
			outcome = this.publisher.publish(d.organizationId(), d.accountId(), claim.outbound(), d.attempts(),
					d.firstAttemptAt());
		}
		catch (RuntimeException ex) {
			// The type only: a message from deep in a client may quote what was sent.
			log.warn("Publishing delivery {} ended with {}", d.id(), ex.getClass().getName());
			outcome = new PublishOutcome.RetryLater(this.recorder.clock.instant().plus(UNEXPECTED_ERROR_RETRY),
					"Carecast could not finish sending it and will try again.");
		}
		PublishOutcome result = outcome;
		return this.recorder.transactions.execute((status) -> this.recorder.record(claim, result));
	}

	private Claim claim(UUID deliveryId) {
		Delivery delivery = this.deliveries.find(deliveryId).orElse(null);
		if (delivery == null || (delivery.state() != State.SCHEDULED && delivery.state() != State.SENDING)) {
			return null;
		}
		Post post = this.posts.findAnywhere(delivery.postId()).orElse(null);
		if (post == null || !SENDABLE.contains(post.state())) {
			return null;
		}
		Instant now = this.recorder.clock.instant();
		if (this.pause.find(post.organizationId()).map((p) -> p.paused()).orElse(false)) {
			if (this.deliveries.move(deliveryId, delivery.state(), State.HELD, now)) {
				this.recorder.system(post, "delivery.held",
						"delivery to " + delivery.network().code() + " held: publishing is paused");
			}
			return null;
		}
		Variant variant = post.variants()
			.stream()
			.filter((v) -> v.accountId().equals(delivery.accountId()))
			.findFirst()
			.orElse(null);
		if (variant == null || !this.deliveries.claim(deliveryId, now)) {
			return null;
		}
		if (this.posts.transition(post.id(), List.of(PostState.SCHEDULED), PostState.PUBLISHING, null, now)) {
			this.recorder.system(post, "post.publishing", "publishing started");
		}
		OutboundPost outbound = new OutboundPost(delivery.idempotencyKey(), post.textOf(variant),
				this.media.of(post.id(), delivery.network(), variant.imagesLeftOut()), post.separateLinkOf(variant),
				null, post.languageOf(variant));
		return new Claim(delivery, post, outbound, variant.firstComment());
	}

	record Claim(Delivery delivery, Post post, OutboundPost outbound, @Nullable String firstComment) {

		@Override
		public String toString() {
			// The comment is text a person typed; it stays out of logs.
			return "Claim[" + this.delivery.id() + ", " + this.outbound + "]";
		}
	}

}
