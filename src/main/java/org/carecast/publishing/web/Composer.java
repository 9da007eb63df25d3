package org.carecast.publishing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carecast.channels.ConnectedAccount;
import org.carecast.guardrail.Finding;
import org.carecast.publishing.Campaigns;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostGuardrail;
import org.carecast.publishing.VariantCheck;
import org.carecast.publishing.internal.TargetAccounts;
import org.carecast.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the composer page needs: the accounts to choose from and, for each chosen one, a
 * preview with the network's own length count and the guardrail's findings.
 */
@Component
class Composer {

	static final int PREVIEW_LIMIT = 20_000;

	private final TargetAccounts accounts;

	private final PostGuardrail guardrail;

	private final OrganizationTime time;

	private final Campaigns campaigns;

	Composer(TargetAccounts accounts, PostGuardrail guardrail, OrganizationTime time, Campaigns campaigns) {
		this.accounts = accounts;
		this.guardrail = guardrail;
		this.time = time;
		this.campaigns = campaigns;
	}

	String show(Actor actor, Post post, PostForm form, Model model) {
		model.addAttribute("post", post);
		model.addAttribute("form", form);
		model.addAttribute("accounts", this.accounts.available(actor.organizationId()));
		model.addAttribute("zone", this.time.zone(actor).getId());
		model.addAttribute("campaigns", this.campaigns.list(actor));
		model.addAttribute("previews", previews(actor, form));
		return "publishing/compose";
	}

	List<Preview> previews(Actor actor, PostForm form) {
		List<Preview> previews = new ArrayList<>();
		for (ConnectedAccount account : this.accounts.available(actor.organizationId())) {
			if (!form.getAccountIds().contains(account.id())) {
				continue;
			}
			String override = form.getTextOverrides().get(account.id().toString());
			String text = (override != null && !override.isBlank()) ? override : form.getBaseText();
			if (text.length() > PREVIEW_LIMIT) {
				text = text.substring(0, PREVIEW_LIMIT);
			}
			VariantCheck check = this.guardrail.check(actor.organizationId(), account.id(), account.network(),
					account.handle(), text, form.getConsentReference());
			previews.add(Preview.of(check));
		}
		return previews;
	}

	/** One network's preview: the text as it would be cut, its count, and findings. */
	record Preview(VariantCheck check, String fitting, String cut, String counter, boolean over,
			List<FindingLine> findings) {

		static Preview of(VariantCheck check) {
			String text = check.text();
			String fitting = (check.length() != null) ? check.length().fitting(text) : text;
			String counter = (check.length() != null) ? String.format(Locale.ROOT, "%,d of %,d %s",
					check.length().count(), check.length().limit(), check.length().unit()) : "No length limit";
			List<FindingLine> lines = check.report().findings().stream().map(FindingLine::of).toList();
			return new Preview(check, fitting, text.substring(fitting.length()), counter,
					check.length() != null && check.length().over(), lines);
		}

	}

	/** A finding in words: its severity is written out, never shown by colour alone. */
	record FindingLine(String severityCode, String severityLabel, String message, String suggestion) {

		static FindingLine of(Finding f) {
			String label = switch (f.severity()) {
				case BLOCK -> "Blocks";
				case REVIEW -> "Needs review";
				default -> "Advice";
			};
			return new FindingLine(f.severity().code(), label, f.message(), f.suggestion());
		}

	}

}
