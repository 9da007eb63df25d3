package org.carecast.publishing.web;

import org.carecast.publishing.Campaigns;
import org.carecast.publishing.ContentLibrary;
import org.carecast.publishing.Post;
import org.carecast.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a post's page shows about planning: its campaign and whether it is in the content
 * library.
 */
@Component
class PostPlanning {

	private final Campaigns campaigns;

	private final ContentLibrary library;

	PostPlanning(Campaigns campaigns, ContentLibrary library) {
		this.campaigns = campaigns;
		this.library = library;
	}

	void describe(Actor actor, Post post, Model model) {
		model.addAttribute("plannedCampaign",
				(post.campaignId() != null) ? this.campaigns.get(actor, post.campaignId()) : null);
		model.addAttribute("inLibrary", this.library.holds(actor, post.id()));
		model.addAttribute("libraryDefault", this.library.today(actor).plusMonths(6));
	}

}
