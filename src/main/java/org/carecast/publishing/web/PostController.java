package org.carecast.publishing.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.carecast.publishing.Post;
import org.carecast.publishing.PostGuardrail;
import org.carecast.publishing.PostReview;
import org.carecast.publishing.PostState;
import org.carecast.publishing.Posts;
import org.carecast.publishing.ReviewThread;
import org.carecast.publishing.VariantCheck;
import org.carecast.shared.Actor;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A post's page and its review actions. Each action names the version the person saw; a
 * refused action comes back to the page with the reason.
 */
@Controller
class PostController {

	static final String REVIEWERS = "hasAnyRole('ADMIN','REVIEWER')";

	static final String TEAM = "hasAnyRole('ADMIN','AUTHOR','REVIEWER')";

	private final Posts posts;

	private final PostReview review;

	private final ReviewThread thread;

	private final PostGuardrail guardrail;

	private final OrganizationTime time;

	private final PostPlanning planning;

	PostController(Posts posts, PostReview review, ReviewThread thread, PostGuardrail guardrail, OrganizationTime time,
			PostPlanning planning) {
		this.posts = posts;
		this.review = review;
		this.thread = thread;
		this.guardrail = guardrail;
		this.time = time;
		this.planning = planning;
	}

	@GetMapping("/posts/{id}")
	@PreAuthorize(PostsController.READERS)
	String show(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, Model model) {
		Actor actor = me.actor();
		Post post = this.posts.get(actor, id);
		ZoneId zone = this.time.zone(actor);
		model.addAttribute("post", post);
		model.addAttribute("sendAt", OrganizationTime.shown(post.scheduledAt(), zone));
		model.addAttribute("sendAtInput", OrganizationTime.input(post.scheduledAt(), zone));
		model.addAttribute("zone", zone.getId());
		model.addAttribute("overdue", post.overdue(this.time.now()));
		model.addAttribute("ownPost", post.authorId().equals(actor.userId()));
		List<VariantCheck> checks = (post.state() == PostState.IN_REVIEW) ? this.guardrail.check(post) : List.of();
		model.addAttribute("checks", checks);
		model.addAttribute("blocked", PostGuardrail.blocks(checks));
		model.addAttribute("comments", this.thread.comments(actor, id));
		model.addAttribute("deliveries", this.posts.deliveries(actor, id));
		this.planning.describe(actor, post, model);
		return "publishing/detail";
	}

	@PostMapping("/posts/{id}/submit")
	@PreAuthorize(PostsController.WRITERS)
	String submit(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "Sent for review.", () -> this.review.submit(me.actor(), id, version));
	}

	@PostMapping("/posts/{id}/approve")
	@PreAuthorize(REVIEWERS)
	String approve(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
		return act(id, redirect, "Approved.", () -> this.review.approve(me.actor(), id, version, overrideReason));
	}

	@PostMapping("/posts/{id}/request-changes")
	@PreAuthorize(REVIEWERS)
	String requestChanges(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return act(id, redirect, "Changes requested.", () -> this.review.requestChanges(me.actor(), id, version, note));
	}

	@PostMapping("/posts/{id}/schedule")
	@PreAuthorize(TEAM)
	String schedule(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) String sendAt, @RequestParam(required = false) String now,
			RedirectAttributes redirect) {
		return act(id, redirect, "Scheduled.", () -> this.review.schedule(me.actor(), id, version,
				(now != null) ? this.time.now() : OrganizationTime.parse(sendAt, this.time.zone(me.actor()))));
	}

	@PostMapping("/posts/{id}/cancel")
	@PreAuthorize(TEAM)
	String cancel(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "Cancelled.", () -> this.review.cancel(me.actor(), id, version));
	}

	@PostMapping("/posts/{id}/comments")
	@PreAuthorize(TEAM)
	String comment(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) UUID parentId,
			RedirectAttributes redirect) {
		return act(id, redirect, "Comment added.", () -> this.thread.comment(me.actor(), id, parentId, body));
	}

	private static String act(UUID id, RedirectAttributes redirect, String done, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ConflictException | InvalidInputException ex) {
			// Our own fixed messages, never the post's text.
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/posts/" + id;
	}

}
