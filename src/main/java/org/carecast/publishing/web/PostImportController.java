package org.carecast.publishing.web;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.carecast.publishing.PostImport;
import org.carecast.publishing.PostImports;
import org.carecast.publishing.internal.ImportFile;
import org.carecast.shared.Actor;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload, preview and confirm a CSV file of posts. The upload redirects to its preview,
 * so reloading the preview never uploads again; confirming redirects to the post list.
 */
@Controller
class PostImportController {

	static final String GONE = "This upload has expired or belongs to someone else. Nothing was imported from it. "
			+ "Upload the file again.";

	private final PostImports imports;

	private final OrganizationTime time;

	PostImportController(PostImports imports, OrganizationTime time) {
		this.imports = imports;
		this.time = time;
	}

	@GetMapping("/posts/import")
	@PreAuthorize(PostsController.WRITERS)
	String form(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		return page(me.actor(), null, model);
	}

	@PostMapping("/posts/import")
	@PreAuthorize(PostsController.WRITERS)
	String upload(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		Actor actor = me.actor();
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "Choose a CSV file to upload.");
			return page(actor, null, model);
		}
		if (file.getSize() > ImportFile.MAX_BYTES) {
			model.addAttribute("problem", "The file is larger than 1 MB. Split it into smaller files.");
			return page(actor, null, model);
		}
		try {
			PostImport preview = this.imports.preview(actor, file.getBytes());
			return "redirect:/posts/import/" + preview.id();
		}
		catch (InvalidInputException | ConflictException ex) {
			// Fixed messages with row and column numbers, never cell contents.
			model.addAttribute("problem", ex.getMessage());
			return page(actor, null, model);
		}
	}

	@GetMapping("/posts/import/{id}")
	@PreAuthorize(PostsController.WRITERS)
	String preview(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		Actor actor = me.actor();
		try {
			return page(actor, this.imports.get(actor, id), model);
		}
		catch (ResourceNotFoundException ex) {
			return gone(actor, model, response);
		}
	}

	@PostMapping("/posts/import/{id}")
	@PreAuthorize(PostsController.WRITERS)
	String confirm(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = me.actor();
		try {
			PostImport.Result result = this.imports.confirm(actor, id);
			redirect.addFlashAttribute("notice", notice(result));
			return "redirect:/posts";
		}
		catch (ResourceNotFoundException ex) {
			return gone(actor, model, response);
		}
		catch (InvalidInputException | ConflictException ex) {
			// Something changed since the preview (an account was disconnected); the
			// transaction rolled back, so the upload can be confirmed again once fixed.
			model.addAttribute("problem", "Nothing was imported: " + ex.getMessage());
			return page(actor, this.imports.get(actor, id), model);
		}
	}

	static String notice(PostImport.Result result) {
		if (result.again()) {
			return "These posts were already imported; nothing was added.";
		}
		return "Imported " + result.created().size() + " posts: " + result.inReview() + " sent for review, "
				+ result.drafts() + " saved as drafts because the guardrail blocks them. " + result.leftOut()
				+ " rows were left out.";
	}

	private String gone(Actor actor, Model model, HttpServletResponse response) {
		// The same answer for an expired upload and for another person's: ids cannot be
		// probed.
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("problem", GONE);
		return page(actor, null, model);
	}

	private String page(Actor actor, PostImport preview, Model model) {
		ZoneId zone = this.time.zone(actor);
		model.addAttribute("preview", preview);
		model.addAttribute("zone", zone.getId());
		Map<Integer, String> sendTimes = new HashMap<>();
		if (preview != null) {
			preview.rows().forEach((r) -> sendTimes.put(r.row(), OrganizationTime.shown(r.sendAt(), zone)));
		}
		model.addAttribute("sendTimes", sendTimes);
		model.addAttribute("columns", ImportFile.COLUMNS);
		return "publishing/import";
	}

}
