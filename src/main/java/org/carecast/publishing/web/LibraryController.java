package org.carecast.publishing.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.carecast.publishing.ContentLibrary;
import org.carecast.publishing.LibraryItem;
import org.carecast.publishing.Post;
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
 * The content library: approved posts saved with a re-review date, reused as new drafts,
 * and re-reviewed by reviewers once the date has passed.
 */
@Controller
class LibraryController {

	private final ContentLibrary library;

	LibraryController(ContentLibrary library) {
		this.library = library;
	}

	@GetMapping("/library")
	@PreAuthorize(PostsController.READERS)
	String list(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		Actor actor = me.actor();
		LocalDate today = this.library.today(actor);
		model.addAttribute("rows", rows(this.library.list(actor), today));
		model.addAttribute("today", today);
		return "publishing/library";
	}

	@PostMapping("/posts/{id}/library")
	@PreAuthorize(PostController.TEAM)
	String save(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reviewBy, RedirectAttributes redirect) {
		try {
			this.library.save(me.actor(), id, date(reviewBy));
			redirect.addFlashAttribute("notice", "Saved to the content library.");
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/posts/" + id;
	}

	@PostMapping("/library/{id}/reuse")
	@PreAuthorize(PostsController.WRITERS)
	String reuse(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			Post draft = this.library.reuse(me.actor(), id);
			redirect.addFlashAttribute("notice", "A new draft from the library. Choose its accounts and time.");
			return "redirect:/posts/" + draft.id() + "/edit";
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/library";
		}
	}

	@PostMapping("/library/{id}/re-review")
	@PreAuthorize(PostController.REVIEWERS)
	String reReview(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reviewBy, RedirectAttributes redirect) {
		try {
			this.library.reReview(me.actor(), id, version, date(reviewBy));
			redirect.addFlashAttribute("notice", "Re-reviewed. It can be reused until the new date.");
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/library";
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("Enter the re-review date as year-month-day.");
		}
	}

	/** A library item and whether its re-review date has passed. */
	record Row(LibraryItem item, boolean expired) {
	}

	static List<Row> rows(List<LibraryItem> items, LocalDate today) {
		return items.stream().map((i) -> new Row(i, i.expired(today))).toList();
	}

}
