package org.carecast.publishing.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Campaign;
import org.carecast.publishing.Campaigns;
import org.carecast.publishing.ContentLibrary;
import org.carecast.publishing.Observances;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaign pages. Everyone with a role reads them; administrators, authors and reviewers
 * plan them. A refused form comes back with what was typed and the reason.
 */
@Controller
class CampaignController {

	private final Campaigns campaigns;

	private final Observances observances;

	private final ContentLibrary library;

	private final OrganizationTime time;

	CampaignController(Campaigns campaigns, Observances observances, ContentLibrary library, OrganizationTime time) {
		this.campaigns = campaigns;
		this.observances = observances;
		this.library = library;
		this.time = time;
	}

	@GetMapping("/campaigns")
	@PreAuthorize(PostsController.READERS)
	String list(@AuthenticationPrincipal ActorPrincipal me, Model model) {
		model.addAttribute("campaigns", this.campaigns.list(me.actor()));
		LocalDate today = this.library.today(me.actor());
		model.addAttribute("upcoming", this.observances.between(today, today.plusDays(90)));
		return "publishing/campaigns";
	}

	@GetMapping("/campaigns/new")
	@PreAuthorize(PostController.TEAM)
	String create(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(required = false) String observance,
			@RequestParam(required = false) Integer year, Model model) {
		int when = (year != null && year >= 2000 && year <= 2200) ? year : this.library.today(me.actor()).getYear();
		CampaignForm form = (observance != null)
				? this.observances.find(observance).map((o) -> CampaignForm.of(o, when)).orElseGet(CampaignForm::new)
				: new CampaignForm();
		return form(null, form, model);
	}

	@PostMapping("/campaigns")
	@PreAuthorize(PostController.TEAM)
	String create(@AuthenticationPrincipal ActorPrincipal me, @ModelAttribute("form") CampaignForm form, Model model,
			RedirectAttributes redirect) {
		try {
			Campaign campaign = this.campaigns.create(me.actor(), form.plan());
			redirect.addFlashAttribute("notice", "Campaign planned.");
			return "redirect:/campaigns/" + campaign.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.getMessage());
			return form(null, form, model);
		}
	}

	@GetMapping("/campaigns/{id}")
	@PreAuthorize(PostsController.READERS)
	String show(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, Model model) {
		Actor actor = me.actor();
		Campaign campaign = this.campaigns.get(actor, id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("observance", (campaign.observanceKey() != null)
				? this.observances.find(campaign.observanceKey()).orElse(null) : null);
		List<Post> posts = this.campaigns.posts(actor, id);
		ZoneId zone = this.time.zone(actor);
		Map<UUID, String> times = new HashMap<>();
		posts.forEach((p) -> times.put(p.id(),
				(p.scheduledAt() != null) ? OrganizationTime.shown(p.scheduledAt(), zone) : "Not set"));
		model.addAttribute("posts", posts);
		model.addAttribute("times", times);
		return "publishing/campaign";
	}

	@GetMapping("/campaigns/{id}/edit")
	@PreAuthorize(PostController.TEAM)
	String edit(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, Model model) {
		Campaign campaign = this.campaigns.get(me.actor(), id);
		return form(campaign, CampaignForm.of(campaign), model);
	}

	@PostMapping("/campaigns/{id}")
	@PreAuthorize(PostController.TEAM)
	String update(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@ModelAttribute("form") CampaignForm form, Model model, RedirectAttributes redirect) {
		Campaign campaign = this.campaigns.get(me.actor(), id);
		try {
			this.campaigns.update(me.actor(), id, form.getVersion(), form.plan());
			redirect.addFlashAttribute("notice", "Campaign saved.");
			return "redirect:/campaigns/" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			model.addAttribute("problem", ex.getMessage());
			return form(campaign, form, model);
		}
	}

	@PostMapping("/campaigns/{id}/delete")
	@PreAuthorize(PostController.TEAM)
	String delete(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.campaigns.delete(me.actor(), id);
			redirect.addFlashAttribute("notice", "Campaign deleted.");
			return "redirect:/campaigns";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/campaigns/" + id;
		}
	}

	private String form(Campaign campaign, CampaignForm form, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("form", form);
		model.addAttribute("networks", ChannelNetwork.values());
		model.addAttribute("observance",
				(form.getObservanceKey() != null) ? this.observances.find(form.getObservanceKey()).orElse(null) : null);
		return "publishing/campaign-form";
	}

}
