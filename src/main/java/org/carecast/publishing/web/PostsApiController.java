package org.carecast.publishing.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostLanguages;
import org.carecast.publishing.Translation;
import org.carecast.publishing.PostReview;
import org.carecast.publishing.PostState;
import org.carecast.publishing.Posts;
import org.carecast.shared.Actor;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posts over the JSON API, with the rules of the pages (four-eyes, guardrail overrides
 * with a reason, only approved posts scheduled). A change names the version it is based
 * on in {@code If-Match}, the ETag of the post as last read.
 */
@RestController
@RequestMapping(path = "/api/v1/posts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Posts", description = "Write posts, take them through review and schedule them. Read: every role; "
		+ "create and submit: ADMIN, AUTHOR; approve and request changes: ADMIN, REVIEWER (never your own post); "
		+ "schedule and cancel: ADMIN, AUTHOR, REVIEWER. Conflicts answer 409 with a code such as self_approval, "
		+ "blocked_by_guardrail, wrong_state, edit_conflict or account_unavailable.")
class PostsApiController {

	private static final String IF_MATCH_HELP = "The post's ETag as last read, such as \"3\"; "
			+ "412 version_mismatch when the post changed since, 428 version_required without it.";

	private final Posts posts;

	private final PostReview review;

	PostsApiController(Posts posts, PostReview review) {
		this.posts = posts;
		this.review = review;
	}

	record AccountBody(@NotNull(message = "Give the account's id.") UUID accountId,
			@Size(max = 10_000, message = "Use at most 10,000 characters.") String text,
			@Size(max = 2000, message = "Use at most 2,000 characters.") String link,
			@Size(max = 4000, message = "Use at most 4,000 characters.") String firstComment,
			@Size(max = 12, message = "Use a two-letter language code.") String language,
			@Size(max = 10, message = "A post has at most 10 images.") Set<UUID> imagesLeftOut) {
	}

	record TranslationBody(
			@NotNull(message = "Give the translation's language code.") @Size(max = 12,
					message = "Use a two-letter language code.") String language,
			@NotNull(message = "Write the translation's text.") @Size(max = 10_000,
					message = "Use at most 10,000 characters.") String text) {
	}

	record CreateBody(@NotNull(message = "Write the post's text.") String text, String topic, String campaign,
			String consentReference, String sources, Instant sendAt,
			@NotNull(message = "Name the accounts, possibly none.") @Size(max = 50,
					message = "Name at most 50 accounts.") List<@Valid @NotNull AccountBody> accounts,
			@Size(max = 12, message = "Use a two-letter language code.") String language, @Size(max = 10,
					message = "Give at most 10 translations.") List<@Valid @NotNull TranslationBody> translations) {

		PostDraft draft() {
			List<Translation> written = (this.translations != null)
					? this.translations.stream().map((t) -> new Translation(t.language(), t.text())).toList()
					: List.of();
			return new PostDraft(this.text, this.topic, this.campaign, this.consentReference, this.sources, this.sendAt,
					this.accounts.stream()
						.map((a) -> new PostDraft.Target(a.accountId(), a.text(), a.link(), a.firstComment(),
								a.language(), a.imagesLeftOut()))
						.toList())
				.withLanguages(new PostLanguages(this.language, written));
		}

	}

	record ApproveBody(@Size(max = 1000, message = "Use at most 1,000 characters.") String overrideReason) {
	}

	record ChangesBody(@NotNull(message = "Say what should change.") String note) {
	}

	record ScheduleBody(@NotNull(message = "Give the send time as an ISO-8601 instant.") Instant sendAt) {
	}

	@GetMapping
	@PreAuthorize(PostsController.READERS)
	@Operation(summary = "Posts of your organization, earliest send time first (at most 500)")
	List<PostJson> list(@AuthenticationPrincipal ActorPrincipal me,
			@Parameter(description = "draft, in_review, changes_requested, approved, scheduled, publishing, "
					+ "published, failed or cancelled") @RequestParam(required = false) String state,
			@Parameter(description = "Send time from (ISO-8601 instant, included)") @RequestParam(
					required = false) Instant from,
			@Parameter(description = "Send time until (ISO-8601 instant, excluded)") @RequestParam(
					required = false) Instant to) {
		PostState filter = (state == null || state.isBlank()) ? null : PostState.fromCode(state)
			.orElseThrow(() -> new InvalidInputException("Use a state such as draft, in_review or scheduled."));
		return this.posts.search(me.actor(), filter, from, to).stream().map(PostJson::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(PostsController.READERS)
	@Operation(summary = "One post; its ETag is the version to send in If-Match")
	ResponseEntity<PostJson> get(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id) {
		return ok(this.posts.get(me.actor(), id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(PostsController.WRITERS)
	@Operation(summary = "Write a draft")
	ResponseEntity<PostJson> create(@AuthenticationPrincipal ActorPrincipal me, @Valid @RequestBody CreateBody body) {
		Post post = this.posts.create(me.actor(), body.draft());
		return ResponseEntity.created(URI.create("/api/v1/posts/" + post.id()))
			.eTag(PostVersions.etag(post.version()))
			.body(PostJson.of(post));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize(PostsController.WRITERS)
	@Operation(summary = "Send a draft (or a post with changes requested) for review")
	ResponseEntity<PostJson> submit(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@Parameter(in = ParameterIn.HEADER, description = IF_MATCH_HELP) @RequestHeader(name = "If-Match",
					required = false) String ifMatch) {
		return act(me.actor(), id, ifMatch, (version) -> this.review.submit(me.actor(), id, version));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(PostController.REVIEWERS)
	@Operation(summary = "Approve a post in review; with blocking findings only with an overrideReason "
			+ "of at least 10 characters")
	ResponseEntity<PostJson> approve(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@Parameter(in = ParameterIn.HEADER, description = IF_MATCH_HELP) @RequestHeader(name = "If-Match",
					required = false) String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ApproveBody body) {
		String reason = (body != null) ? body.overrideReason() : null;
		return act(me.actor(), id, ifMatch, (version) -> this.review.approve(me.actor(), id, version, reason));
	}

	@PostMapping("/{id}/request-changes")
	@PreAuthorize(PostController.REVIEWERS)
	@Operation(summary = "Send a post in review back to its author with a note")
	ResponseEntity<PostJson> requestChanges(
			@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @Parameter(in = ParameterIn.HEADER,
					description = IF_MATCH_HELP) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ChangesBody body) {
		return act(me.actor(), id, ifMatch,
				(version) -> this.review.requestChanges(me.actor(), id, version, body.note()));
	}

	@PostMapping("/{id}/schedule")
	@PreAuthorize(PostController.TEAM)
	@Operation(summary = "Schedule an approved post to every account at sendAt")
	ResponseEntity<PostJson> schedule(
			@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @Parameter(in = ParameterIn.HEADER,
					description = IF_MATCH_HELP) @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ScheduleBody body) {
		return act(me.actor(), id, ifMatch, (version) -> this.review.schedule(me.actor(), id, version, body.sendAt()));
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(PostController.TEAM)
	@Operation(summary = "Cancel a post that has not gone out")
	ResponseEntity<PostJson> cancel(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@Parameter(in = ParameterIn.HEADER, description = IF_MATCH_HELP) @RequestHeader(name = "If-Match",
					required = false) String ifMatch) {
		return act(me.actor(), id, ifMatch, (version) -> this.review.cancel(me.actor(), id, version));
	}

	/** Checks If-Match against the stored post, then acts; the save checks again. */
	private ResponseEntity<PostJson> act(Actor actor, UUID id, @Nullable String ifMatch, LongFunction<Post> action) {
		Post current = this.posts.get(actor, id);
		long version = PostVersions.required(ifMatch);
		PostVersions.requireCurrent(current, version);
		return ok(action.apply(version));
	}

	private static ResponseEntity<PostJson> ok(Post post) {
		return ResponseEntity.status(HttpStatus.OK).eTag(PostVersions.etag(post.version())).body(PostJson.of(post));
	}

}
