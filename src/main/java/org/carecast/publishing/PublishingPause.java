package org.carecast.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.publishing.internal.DeliveryPlan;
import org.carecast.publishing.internal.PauseRepository;
import org.carecast.publishing.internal.PostRepository;
import org.carecast.shared.Actor;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization-wide stop for a crisis: while paused, every delivery that comes due is
 * held instead of sent. Resuming decides what happens to those.
 */
@Service
public class PublishingPause {

	private final PauseRepository repository;

	private final DeliveryPlan plan;

	private final PostRepository posts;

	private final AuditTrail auditTrail;

	private final Clock clock;

	PublishingPause(PauseRepository repository, DeliveryPlan plan, PostRepository posts, AuditTrail auditTrail,
			Clock clock) {
		this.repository = repository;
		this.plan = plan;
		this.posts = posts;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PauseStatus status(UUID organizationId) {
		return this.repository.find(organizationId).orElse(PauseStatus.running());
	}

	@Transactional
	public PauseStatus pause(Actor actor, @Nullable String reason) {
		Instant now = this.clock.instant();
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		if (why != null && why.length() > 500) {
			throw new InvalidInputException("Keep the reason to 500 characters.");
		}
		PauseStatus current = this.repository.lock(actor.organizationId(), now);
		if (current.paused()) {
			return current;
		}
		PauseStatus paused = new PauseStatus(true, now, actor.displayName(), why);
		this.repository.save(actor.organizationId(), paused);
		this.auditTrail.record(AuditEvent.by(actor, "publishing.paused", "organization", actor.organizationId(),
				"all outbound publishing paused"));
		return paused;
	}

	/**
	 * Resumes publishing.
	 * @param at the new send time, for {@link ResumeChoice#RESCHEDULE}
	 * @return how many deliveries had come due during the pause
	 */
	@Transactional
	public int resume(Actor actor, ResumeChoice choice, @Nullable Instant at) {
		Instant now = this.clock.instant();
		if (choice == ResumeChoice.RESCHEDULE && (at == null || at.isBefore(now))) {
			throw new InvalidInputException("Choose a new send time that has not passed.");
		}
		PauseStatus current = this.repository.lock(actor.organizationId(), now);
		if (!current.paused()) {
			return 0;
		}
		this.repository.save(actor.organizationId(), new PauseStatus(false, now, actor.displayName(), null));
		List<Delivery> held = this.plan.held(actor.organizationId());
		Set<UUID> heldPosts = new LinkedHashSet<>();
		for (Delivery delivery : held) {
			heldPosts.add(delivery.postId());
			switch (choice) {
				case PUBLISH_NOW -> this.plan.release(delivery, now);
				case RESCHEDULE -> this.plan.release(delivery, at);
				case HOLD -> {
					// The deliveries stay held, keeping their idempotency keys for the
					// next schedule.
				}
			}
		}
		if (choice == ResumeChoice.HOLD) {
			for (UUID postId : heldPosts) {
				this.posts.transition(postId, List.of(PostState.SCHEDULED, PostState.PUBLISHING), PostState.APPROVED,
						null, now);
			}
		}
		this.auditTrail.record(AuditEvent.by(actor, "publishing.resumed", "organization", actor.organizationId(),
				"publishing resumed; " + held.size() + " held deliveries of " + heldPosts.size() + " posts: "
						+ choice.name().toLowerCase() + ((choice == ResumeChoice.RESCHEDULE) ? " at " + at : "")));
		return held.size();
	}

}
