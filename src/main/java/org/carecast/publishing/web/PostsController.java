package org.carecast.publishing.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.publishing.Post;
import org.carecast.publishing.PostState;
import org.carecast.publishing.Posts;
import org.carecast.shared.Actor;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The post list and the composer. Authors (and administrators) write; everyone with a
 * role may read.
 */
@Controller
class PostsController {

	static final String READERS = "hasAnyRole('ADMIN','AUTHOR','REVIEWER','RESPONDER','ANALYST')";

	static final String WRITERS = "hasAnyRole('ADMIN','AUTHOR')";

	private final Posts posts;

	private final Composer composer;

	private final OrganizationTime time;

	private final Clock clock;

	PostsController(Posts posts, Composer composer, OrganizationTime time, Clock clock) {
		this.posts = posts;
		this.composer = composer;
		this.time = time;
		this.clock = clock;
	}

	@GetMapping("/posts")
	@PreAuthorize(READERS)
	String list(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(required = false) String state, Model model) {
		Actor actor = me.actor();
		PostState filter = PostState.fromCode(state).orElse(null);
		ZoneId zone = this.time.zone(actor);
		List<Row> rows = this.posts.list(actor, filter)
			.stream()
			.map((p) -> new Row(p, OrganizationTime.shown(p.scheduledAt(), zone), p.overdue(this.clock.instant())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("states", PostState.values());
		model.addAttribute("state", (filter != null) ? filter.code() : "");
		model.addAttribute("zone", zone.getId());
		return "publishing/list";
	}

	@GetMapping("/posts/new")
	@PreAuthorize(WRITERS)
	String create(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		return this.composer.show(me.actor(), null, new PostForm(), model);
	}

	@PostMapping("/posts")
	@PreAuthorize(WRITERS)
	String create(@AuthenticationPrincipal ActorPrincipal me, @ModelAttribute("form") PostForm form,
			@RequestParam(required = false) MultipartFile newImage, Model model) {
		Actor actor = me.actor();
		byte[] upload = UploadedImage.bytes(newImage);
		try {
			Post post = this.posts.create(actor, form.draft(this.time.zone(actor), List.of(), upload));
			return "redirect:/posts/" + post.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", UploadedImage.problem(ex, upload));
			return this.composer.show(actor, null, form, model);
		}
	}

	@GetMapping("/posts/{id}/edit")
	@PreAuthorize(WRITERS)
	String edit(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, Model model) {
		Actor actor = me.actor();
		Post post = this.posts.get(actor, id);
		return this.composer.show(actor, post, PostForm.of(post, this.time.zone(actor)), model);
	}

	@PostMapping("/posts/{id}")
	@PreAuthorize(WRITERS)
	String update(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@ModelAttribute("form") PostForm form, @RequestParam(required = false) MultipartFile newImage,
			Model model) {
		Actor actor = me.actor();
		Post post = this.posts.get(actor, id);
		byte[] upload = UploadedImage.bytes(newImage);
		try {
			this.posts.update(actor, id, form.getVersion(), form.draft(this.time.zone(actor), post.images(), upload));
			return "redirect:/posts/" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			model.addAttribute("problem", UploadedImage.problem(ex, upload));
			return this.composer.show(actor, post, form, model);
		}
	}

	/**
	 * The live previews; with {@code fix}, first applies that finding's fix and sends the
	 * changed text box along, for htmx to swap in out of band.
	 */
	@PostMapping("/posts/preview")
	@PreAuthorize(WRITERS)
	String preview(@AuthenticationPrincipal ActorPrincipal me, @ModelAttribute("form") PostForm form,
			@RequestParam(required = false) String fix, Model model) {
		Optional<Composer.Fixed> fixed = (fix != null) ? this.composer.applyFix(me.actor(), form, fix)
				: Optional.empty();
		model.addAttribute("previews", this.composer.previews(me.actor(), form));
		if (fixed.isPresent()) {
			model.addAttribute("fixed", fixed.get());
			return "publishing/compose :: fixed";
		}
		return "publishing/compose :: preview";
	}

	/** A post as the list shows it. */
	record Row(Post post, String sendAt, boolean overdue) {
	}

}
