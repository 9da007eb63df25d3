package org.carecast.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Severity;
import org.carecast.publishing.internal.DeliveryPlan;
import org.carecast.publishing.internal.PostStore;
import org.carecast.publishing.internal.TargetAccounts;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way from draft to scheduled. The rules live here, not in the pages: nobody approves
 * their own post, a blocking guardrail finding stops approval unless a reviewer overrides
 * it with a written reason, and only an approved post can be scheduled.
 */
@Service
public class PostReview {

	/**
	 * Scheduling a moment ago (the "publish now" button) is fine; an hour ago is a
	 * mistake.
	 */
	static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);

	static final int MIN_REASON = 10;

	private final PostStore store;

	private final PostGuardrail guardrail;

	private final DeliveryPlan plan;

	private final TargetAccounts accounts;

	private final ReviewThread thread;

	PostReview(PostStore store, PostGuardrail guardrail, DeliveryPlan plan, TargetAccounts accounts,
			ReviewThread thread) {
		this.store = store;
		this.guardrail = guardrail;
		this.plan = plan;
		this.accounts = accounts;
		this.thread = thread;
	}

	@Transactional
	public Post submit(Actor actor, UUID id, long version) {
		Post post = this.store.load(actor, id);
		require(post, PostState.DRAFT, PostState.CHANGES_REQUESTED);
		if (post.variants().isEmpty()) {
			throw new InvalidInputException("Choose at least one account before sending the post for review.");
		}
		return this.store.save(actor, post.withState(PostState.IN_REVIEW), version, "post.submitted",
				"sent for review");
	}

	/**
	 * Approves the post. With blocking findings it needs {@code overrideReason}, which is
	 * kept on the post and in the audit trail.
	 */
	@Transactional
	public Post approve(Actor actor, UUID id, long version, @Nullable String overrideReason) {
		Post post = this.store.load(actor, id);
		require(post, PostState.IN_REVIEW);
		if (post.authorId().equals(actor.userId())) {
			throw new ConflictException("self_approval", "You wrote this post, so someone else must approve it.");
		}
		List<VariantCheck> checks = this.guardrail.check(post);
		Post approved = post.withState(PostState.APPROVED).withOverride(null, null);
		if (PostGuardrail.blocks(checks)) {
			String reason = (overrideReason != null) ? overrideReason.strip() : "";
			if (reason.length() < MIN_REASON) {
				throw new ConflictException("blocked_by_guardrail", "The guardrail blocks this post. Fix the findings, "
						+ "or override them with a written reason of at least " + MIN_REASON + " characters.");
			}
			if (reason.length() > 1000) {
				throw new InvalidInputException("Keep the reason to 1,000 characters.");
			}
			approved = approved.withOverride(reason, actor.displayName());
			this.store.audit(actor, "post.guardrail_overridden", id,
					abbreviate("blocking findings overridden (" + blockingRules(checks) + "); reason: " + reason));
		}
		return this.store.save(actor, approved, version, "post.approved", "approved");
	}

	@Transactional
	public Post requestChanges(Actor actor, UUID id, long version, String note) {
		Post post = this.store.load(actor, id);
		require(post, PostState.IN_REVIEW);
		Post changed = this.store.save(actor, post.withState(PostState.CHANGES_REQUESTED), version,
				"post.changes_requested", "changes requested");
		this.thread.comment(actor, id, null, note);
		return changed;
	}

	@Transactional
	public Post schedule(Actor actor, UUID id, long version, Instant sendAt) {
		Post post = this.store.load(actor, id);
		require(post, PostState.APPROVED);
		if (sendAt == null || sendAt.isBefore(this.store.now().minus(PAST_TOLERANCE))) {
			throw new InvalidInputException("Choose a send time that has not passed.");
		}
		this.accounts.requirePublishable(actor.organizationId(), post.variants());
		Post scheduled = this.store.save(actor, post.withScheduledAt(sendAt).withState(PostState.SCHEDULED), version,
				"post.scheduled", "scheduled for " + sendAt + " to " + post.variants().size() + " accounts");
		this.plan.schedule(scheduled, sendAt);
		return scheduled;
	}

	@Transactional
	public Post cancel(Actor actor, UUID id, long version) {
		Post post = this.store.load(actor, id);
		if (post.state() == PostState.PUBLISHED || post.state() == PostState.CANCELLED || this.plan.sending(id)) {
			throw new ConflictException("not_cancellable",
					"This post can no longer be cancelled: it is " + post.state().label().toLowerCase() + ".");
		}
		Post cancelled = this.store.save(actor, post.withState(PostState.CANCELLED), version, "post.cancelled",
				"cancelled from " + post.state().label());
		this.plan.cancel(id);
		return cancelled;
	}

	private static void require(Post post, PostState... allowed) {
		for (PostState state : allowed) {
			if (post.state() == state) {
				return;
			}
		}
		throw new ConflictException("wrong_state",
				"That is not possible while the post is " + post.state().label().toLowerCase() + ".");
	}

	private static String blockingRules(List<VariantCheck> checks) {
		return checks.stream()
			.flatMap((c) -> c.report().findings().stream())
			.filter((f) -> f.severity() == Severity.BLOCK)
			.map(Finding::rule)
			.distinct()
			.collect(Collectors.joining(", "));
	}

	private static String abbreviate(String summary) {
		return (summary.length() > 480) ? summary.substring(0, 479) + "\u2026" : summary;
	}

}
