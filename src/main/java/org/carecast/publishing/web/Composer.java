package org.carecast.publishing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.ConnectedAccount;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Media;
import org.carecast.guardrail.FindingFix;
import org.carecast.publishing.Campaigns;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostGuardrail;
import org.carecast.publishing.LinkPlacement;
import org.carecast.publishing.VariantCheck;
import org.carecast.publishing.internal.ImageRules;
import org.carecast.publishing.internal.MediaLimits;
import org.carecast.publishing.internal.TargetAccounts;
import org.carecast.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the composer page needs: the accounts to choose from and, for each chosen one, a
 * preview with the network's own length count and the guardrail's findings, each with its
 * one-click fix where there is one.
 */
@Component
class Composer {

	static final int PREVIEW_LIMIT = 20_000;

	private final TargetAccounts accounts;

	private final PostGuardrail guardrail;

	private final OrganizationTime time;

	private final ImageRules imageRules;

	private final Campaigns campaigns;

	Composer(TargetAccounts accounts, PostGuardrail guardrail, OrganizationTime time, ImageRules imageRules,
			Campaigns campaigns) {
		this.accounts = accounts;
		this.guardrail = guardrail;
		this.time = time;
		this.imageRules = imageRules;
		this.campaigns = campaigns;
	}

	String show(Actor actor, Post post, PostForm form, Model model) {
		List<ConnectedAccount> available = this.accounts.available(actor.organizationId());
		model.addAttribute("post", post);
		model.addAttribute("form", form);
		model.addAttribute("accounts", available);
		model.addAttribute("images", (post != null) ? post.images() : List.of());
		model.addAttribute("imageLimits", imageLimits(available));
		model.addAttribute("zone", this.time.zone(actor).getId());
		model.addAttribute("languages", LanguageChoices.all());
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
			String link = form.getLinks().get(account.id().toString());
			List<Media> media = form.mediaFor(account.id());
			boolean hasImages = !media.isEmpty();
			String text = LinkPlacement.text(textFor(form, account.id()), link, account.network(), hasImages);
			if (text.length() > PREVIEW_LIMIT) {
				text = text.substring(0, PREVIEW_LIMIT);
			}
			VariantCheck check = this.guardrail.check(actor.organizationId(), account.id(), account.network(),
					account.handle(), text, form.getConsentReference(), media);
			previews.add(Preview.of(check, media.size(),
					LinkPlacement.card(link, account.network(), hasImages).orElse(null)));
		}
		return previews;
	}

	/**
	 * Applies one finding's fix to the text it was found in: the account's own text if it
	 * has one, otherwise the shared text.
	 * @param fix {@code <account id>:<finding index>} as the fix button sends it
	 * @return which text changed; empty when the finding is gone or has no fix
	 */
	Optional<Fixed> applyFix(Actor actor, PostForm form, String fix) {
		String[] parts = (fix != null) ? fix.split(":", 2) : new String[0];
		if (parts.length != 2) {
			return Optional.empty();
		}
		for (ConnectedAccount account : this.accounts.available(actor.organizationId())) {
			if (!account.id().toString().equals(parts[0]) || !form.getAccountIds().contains(account.id())) {
				continue;
			}
			List<Finding> findings = previews(actor, form).stream()
				.filter((p) -> p.check().accountId().equals(account.id()))
				.findFirst()
				.map((p) -> p.check().report().findings())
				.orElse(List.of());
			int index = parseIndex(parts[1]);
			if (index < 0 || index >= findings.size() || FindingFix.replacement(findings.get(index)) == null) {
				return Optional.empty();
			}
			String own = form.getTextOverrides().get(account.id().toString());
			if (own != null && !own.isBlank()) {
				form.getTextOverrides().put(account.id().toString(), FindingFix.apply(own, findings.get(index)));
				return Optional.of(new Fixed(account, null));
			}
			int translation = form.translationIndex(form.getAccountLanguages().get(account.id().toString()));
			if (translation >= 0 && translation < form.getTranslationTexts().size()) {
				form.getTranslationTexts()
					.set(translation,
							FindingFix.apply(form.getTranslationTexts().get(translation), findings.get(index)));
				return Optional.of(new Fixed(null, form.translationRows().get(translation)));
			}
			form.setBaseText(FindingFix.apply(form.getBaseText(), findings.get(index)));
			return Optional.of(new Fixed(null, null));
		}
		return Optional.empty();
	}

	/**
	 * @param ownTextOf the account whose own text changed
	 * @param translation the translation that changed
	 * <p>
	 * Both {@code null}: the shared text changed.
	 */
	record Fixed(@Nullable ConnectedAccount ownTextOf, PostForm.@Nullable TranslationRow translation) {

		public boolean sharedText() {
			return this.ownTextOf == null && this.translation == null;
		}

	}

	private static String textFor(PostForm form, UUID accountId) {
		String override = form.getTextOverrides().get(accountId.toString());
		if (override != null && !override.isBlank()) {
			return override;
		}
		String translation = form.translationText(form.getAccountLanguages().get(accountId.toString()));
		return (translation != null && !translation.isBlank()) ? translation : form.getBaseText();
	}

	private static int parseIndex(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * One line per network among the accounts, so authors know the rules before
	 * uploading.
	 */
	private List<String> imageLimits(List<ConnectedAccount> available) {
		return available.stream()
			.map(ConnectedAccount::network)
			.distinct()
			.sorted()
			.map((n) -> limitLine(n.code(), this.imageRules.limits(n)))
			.toList();
	}

	private static String limitLine(String network, MediaLimits limits) {
		String formats = String.join(", ", limits.formats().stream().sorted().map((f) -> f.label()).toList());
		return String.format(Locale.ROOT,
				"%s: %s, up to %.1f MB each, at most %d images, alt text up to %,d characters", network, formats,
				limits.maxBytes() / 1_000_000.0, limits.maxCount(), limits.maxAltText());
	}

	/** One network's preview: the text as it would be cut, its count, and findings. */
	record Preview(VariantCheck check, String fitting, String cut, String counter, boolean over,
			List<FindingLine> findings, int images, @Nullable String linkCard) {

		/** Two letters for the avatar placeholder, from the handle. */
		public String initials() {
			String letters = check().handle().replaceAll("[^\\p{L}\\p{N}]", "");
			return letters.isEmpty() ? "?"
					: letters.substring(0, Math.min(2, letters.length())).toUpperCase(Locale.ROOT);
		}

		public String networkName() {
			return switch (check().network()) {
				case MASTODON -> "Mastodon";
				case BLUESKY -> "Bluesky";
				case X -> "X";
				case FACEBOOK -> "Facebook Page";
				case INSTAGRAM -> "Instagram";
				case LINKEDIN -> "LinkedIn";
				case THREADS -> "Threads";
				case SANDBOX -> "Sandbox";
			};
		}

		static Preview of(VariantCheck check, int images, @Nullable String linkCard) {
			String text = check.text();
			String fitting = (check.length() != null) ? check.length().fitting(text) : text;
			String counter = (check.length() != null) ? String.format(Locale.ROOT, "%,d of %,d %s",
					check.length().count(), check.length().limit(), check.length().unit()) : "No length limit";
			List<Finding> all = check.report().findings();
			List<FindingLine> lines = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				lines.add(FindingLine.of(i, all.get(i)));
			}
			return new Preview(check, fitting, text.substring(fitting.length()), counter,
					check.length() != null && check.length().over(), lines, images, linkCard);
		}

	}

	/**
	 * A finding in words: its severity is written out, never shown by colour alone.
	 *
	 * @param index its place in the report, which the fix button sends back
	 * @param fixLabel the fix button's words, or {@code null} when there is no fix
	 */
	record FindingLine(int index, String severityCode, String severityLabel, String message, String suggestion,
			String fixLabel) {

		static FindingLine of(int index, Finding f) {
			String label = switch (f.severity()) {
				case BLOCK -> "Blocks";
				case REVIEW -> "Needs review";
				default -> "Advice";
			};
			return new FindingLine(index, f.severity().code(), label, f.message(), f.suggestion(), FindingFix.label(f));
		}

	}

}
