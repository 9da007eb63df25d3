package org.carecast.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an author writes: the fields of a post that a person chooses.
 *
 * @param images the post's images in order, or {@code null} to leave the stored ones as
 * they are
 * @param campaignId the planned campaign the post belongs to, if any
 */
public record PostDraft(String baseText, @Nullable String healthTopic, @Nullable String campaign,
		@Nullable String consentReference, @Nullable String sources, @Nullable Instant scheduledAt,
		List<Target> targets, @Nullable List<DraftImage> images, @Nullable UUID campaignId, PostLanguages languages) {

	public PostDraft {
		baseText = (baseText != null) ? baseText : "";
		targets = (targets != null) ? List.copyOf(targets) : List.of();
		images = (images != null) ? List.copyOf(images) : null;
		languages = (languages != null) ? languages : PostLanguages.NONE;
	}

	/** A draft without stated languages. */
	public PostDraft(String baseText, @Nullable String healthTopic, @Nullable String campaign,
			@Nullable String consentReference, @Nullable String sources, @Nullable Instant scheduledAt,
			List<Target> targets, @Nullable List<DraftImage> images, @Nullable UUID campaignId) {
		this(baseText, healthTopic, campaign, consentReference, sources, scheduledAt, targets, images, campaignId,
				PostLanguages.NONE);
	}

	/** A draft that leaves the post's images as they are. */
	public PostDraft(String baseText, @Nullable String healthTopic, @Nullable String campaign,
			@Nullable String consentReference, @Nullable String sources, @Nullable Instant scheduledAt,
			List<Target> targets) {
		this(baseText, healthTopic, campaign, consentReference, sources, scheduledAt, targets, null, null);
	}

	/** A draft in a planned campaign that leaves the post's images as they are. */
	public PostDraft(String baseText, @Nullable String healthTopic, @Nullable String campaign,
			@Nullable String consentReference, @Nullable String sources, @Nullable Instant scheduledAt,
			List<Target> targets, @Nullable UUID campaignId) {
		this(baseText, healthTopic, campaign, consentReference, sources, scheduledAt, targets, null, campaignId);
	}

	public PostDraft withImages(List<DraftImage> newImages) {
		return new PostDraft(this.baseText, this.healthTopic, this.campaign, this.consentReference, this.sources,
				this.scheduledAt, this.targets, newImages, this.campaignId, this.languages);
	}

	public PostDraft withLanguages(PostLanguages newLanguages) {
		return new PostDraft(this.baseText, this.healthTopic, this.campaign, this.consentReference, this.sources,
				this.scheduledAt, this.targets, this.images, this.campaignId, newLanguages);
	}

	/**
	 * One image of the post: a stored one to keep (by id, with its possibly edited alt
	 * text) or a new upload (by its bytes).
	 */
	public record DraftImage(@Nullable UUID existingId, byte @Nullable [] content, String altText) {

		public DraftImage {
			altText = (altText != null) ? altText.strip() : "";
			content = (content != null) ? content.clone() : null;
		}

		public static DraftImage kept(UUID id, String altText) {
			return new DraftImage(id, null, altText);
		}

		public static DraftImage upload(byte[] content, String altText) {
			return new DraftImage(null, content, altText);
		}

		@Override
		public byte @Nullable [] content() {
			return (this.content != null) ? this.content.clone() : null;
		}

		@Override
		public String toString() {
			return "DraftImage[" + ((this.existingId != null) ? this.existingId : "new upload") + "]";
		}

	}

	/**
	 * One account the post goes to, with what it says there if that differs.
	 *
	 * @param language the translation this account publishes, or {@code null} for the
	 * base text
	 */
	public record Target(UUID accountId, @Nullable String textOverride, @Nullable String link,
			@Nullable String firstComment, @Nullable String language, Set<UUID> imagesLeftOut) {

		public Target {
			imagesLeftOut = (imagesLeftOut != null) ? Set.copyOf(imagesLeftOut) : Set.of();
		}

		public Target(UUID accountId, @Nullable String textOverride, @Nullable String link,
				@Nullable String firstComment, @Nullable String language) {
			this(accountId, textOverride, link, firstComment, language, Set.of());
		}

		public Target(UUID accountId, @Nullable String textOverride, @Nullable String link,
				@Nullable String firstComment) {
			this(accountId, textOverride, link, firstComment, null, Set.of());
		}

		@Override
		public String toString() {
			return "Target[" + this.accountId + "]";
		}

	}

	public static PostDraft of(String baseText, @Nullable Instant scheduledAt, UUID... accounts) {
		return new PostDraft(baseText, null, null, null, null, scheduledAt,
				java.util.Arrays.stream(accounts).map((a) -> new Target(a, null, null, null)).toList());
	}

	@Override
	public String toString() {
		return "PostDraft[" + this.baseText.length() + " chars, " + this.targets.size() + " targets]";
	}

}
