package org.carecast.publishing;

import java.time.Instant;
import java.util.UUID;

import org.carecast.publishing.internal.DeliveryPlan;
import org.carecast.publishing.internal.PostStore;
import org.carecast.publishing.internal.TargetAccounts;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a post to another time, as the calendar does. Only the time changes, never the
 * text, so nothing goes back to review: an approved post keeps its approval, exactly as
 * when someone schedules it from its page. A scheduled post's deliveries move with it and
 * keep their idempotency keys. Posts on their way out, out, cancelled or failed do not
 * move (a failed post is edited, which sends it back to review).
 */
@Service
public class PostRescheduling {

	private final PostStore store;

	private final DeliveryPlan plan;

	private final TargetAccounts accounts;

	PostRescheduling(PostStore store, DeliveryPlan plan, TargetAccounts accounts) {
		this.store = store;
		this.plan = plan;
		this.accounts = accounts;
	}

	@Transactional
	public Post move(Actor actor, UUID id, long version, Instant sendAt) {
		Post post = this.store.load(actor, id);
		if (!movable(post.state()) || this.plan.sending(id)) {
			throw new ConflictException("not_movable",
					"This post cannot be moved: it is " + post.state().label().toLowerCase() + ".");
		}
		if (sendAt == null || sendAt.isBefore(this.store.now().minus(PostReview.PAST_TOLERANCE))) {
			throw new InvalidInputException("Choose a time that has not passed.");
		}
		if (post.state() == PostState.SCHEDULED) {
			this.accounts.requirePublishable(actor.organizationId(), post.variants());
		}
		Post moved = this.store.save(actor, post.withScheduledAt(sendAt), version, "post.rescheduled",
				"moved from " + post.scheduledAt() + " to " + sendAt + " while " + post.state().label().toLowerCase());
		if (moved.state() == PostState.SCHEDULED) {
			this.plan.schedule(moved, sendAt);
		}
		return moved;
	}

	/** Whether the calendar offers to move a post in this state. */
	public static boolean movable(PostState state) {
		return state.awaitsApproval() || state == PostState.APPROVED || state == PostState.SCHEDULED;
	}

}
