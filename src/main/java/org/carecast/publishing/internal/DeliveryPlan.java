package org.carecast.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carecast.publishing.Delivery;
import org.carecast.publishing.Delivery.State;
import org.carecast.publishing.Post;
import org.carecast.publishing.Variant;

import org.springframework.stereotype.Component;

/**
 * A post's deliveries and their tasks. A delivery, and with it its idempotency key, is
 * created once per post and account and kept when the post is rescheduled, so that a
 * retry after any pause or edit is still recognised by the network as the same post.
 */
@Component
public class DeliveryPlan {

	private final DeliveryRepository deliveries;

	private final DeliveryScheduler scheduler;

	private final Clock clock;

	DeliveryPlan(DeliveryRepository deliveries, DeliveryScheduler scheduler, Clock clock) {
		this.deliveries = deliveries;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	public List<Delivery> of(Post post) {
		return this.deliveries.forPost(post.organizationId(), post.id());
	}

	/**
	 * One scheduled delivery per variant at {@code at}; published ones are left alone.
	 */
	public void schedule(Post post, Instant at) {
		Instant now = this.clock.instant();
		Map<UUID, Delivery> existing = of(post).stream()
			.collect(Collectors.toMap(Delivery::accountId, Function.identity()));
		Set<UUID> targeted = new LinkedHashSet<>();
		for (Variant variant : post.variants()) {
			targeted.add(variant.accountId());
			Delivery delivery = existing.get(variant.accountId());
			if (delivery == null) {
				delivery = new Delivery(UUID.randomUUID(), post.id(), post.organizationId(), variant.accountId(),
						variant.network(), variant.handle(), State.SCHEDULED, UUID.randomUUID(), null, null, 0, null,
						null, null, Delivery.FirstComment.NONE);
				this.deliveries.insert(delivery, now);
			}
			else if (delivery.state() == State.PUBLISHED || delivery.state() == State.SENDING) {
				continue;
			}
			else if (delivery.state() != State.SCHEDULED) {
				this.deliveries.move(delivery.id(), delivery.state(), State.SCHEDULED, now);
			}
			this.scheduler.schedule(delivery.id(), at);
		}
		for (Delivery dropped : existing.values()) {
			if (!targeted.contains(dropped.accountId()) && dropped.state() != State.PUBLISHED
					&& dropped.state() != State.SENDING) {
				this.deliveries.move(dropped.id(), dropped.state(), State.CANCELLED, now);
				this.scheduler.cancel(dropped.id());
			}
		}
	}

	/** Takes the post's waiting deliveries off the schedule (it went back to review). */
	public void unschedule(UUID postId) {
		for (UUID id : this.deliveries.moveAll(postId, List.of(State.SCHEDULED, State.HELD), State.PENDING,
				this.clock.instant())) {
			this.scheduler.cancel(id);
		}
	}

	public void cancel(UUID postId) {
		for (UUID id : this.deliveries.moveAll(postId,
				List.of(State.PENDING, State.SCHEDULED, State.HELD, State.FAILED), State.CANCELLED,
				this.clock.instant())) {
			this.scheduler.cancel(id);
		}
	}

	public boolean sending(UUID postId) {
		return this.deliveries.count(postId, State.SENDING) > 0;
	}

	/** The deliveries that came due during the pause. */
	public List<Delivery> held(UUID organizationId) {
		return this.deliveries.inState(organizationId, State.HELD);
	}

	/** Sends a held delivery at {@code at}. */
	public void release(Delivery delivery, Instant at) {
		if (this.deliveries.move(delivery.id(), State.HELD, State.SCHEDULED, this.clock.instant())) {
			this.scheduler.schedule(delivery.id(), at);
		}
	}

}
