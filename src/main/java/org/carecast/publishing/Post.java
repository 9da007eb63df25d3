package org.carecast.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A post and its variants. {@code version} goes up with every change; a change names the
 * version it was based on, so two editors cannot overwrite each other.
 *
 * @param consentReference where the patient's consent is recorded, when the post tells a
 * patient's story
 * @param sources citations, one per line
 * @param scheduledAt when it should go out
 * @param overrideReason a reviewer's written reason for approving despite a blocking
 * guardrail finding
 * @param failureMessage the network's reason in plain words, when it failed
 * @param images what every variant attaches, in order
 * @param campaignId the planned campaign it belongs to; {@code campaign} is free text
 */
public record Post(UUID id, UUID organizationId, String baseText, @Nullable String healthTopic,
		@Nullable String campaign, @Nullable String consentReference, @Nullable String sources,
		@Nullable Instant scheduledAt, UUID authorId, String authorName, PostState state,
		@Nullable String overrideReason, @Nullable String overrideBy, @Nullable String failureMessage,
		Instant createdAt, Instant updatedAt, long version, List<Variant> variants, List<PostImage> images,
		@Nullable UUID campaignId, PostLanguages languages) {

	public Post {
		variants = List.copyOf(variants);
		images = List.copyOf(images);
		languages = (languages != null) ? languages : PostLanguages.NONE;
	}

	/** A post without stated languages. */
	public Post(UUID id, UUID organizationId, String baseText, @Nullable String healthTopic, @Nullable String campaign,
			@Nullable String consentReference, @Nullable String sources, @Nullable Instant scheduledAt, UUID authorId,
			String authorName, PostState state, @Nullable String overrideReason, @Nullable String overrideBy,
			@Nullable String failureMessage, Instant createdAt, Instant updatedAt, long version, List<Variant> variants,
			List<PostImage> images, @Nullable UUID campaignId) {
		this(id, organizationId, baseText, healthTopic, campaign, consentReference, sources, scheduledAt, authorId,
				authorName, state, overrideReason, overrideBy, failureMessage, createdAt, updatedAt, version, variants,
				images, campaignId, PostLanguages.NONE);
	}

	/** A post in no planned campaign. */
	public Post(UUID id, UUID organizationId, String baseText, @Nullable String healthTopic, @Nullable String campaign,
			@Nullable String consentReference, @Nullable String sources, @Nullable Instant scheduledAt, UUID authorId,
			String authorName, PostState state, @Nullable String overrideReason, @Nullable String overrideBy,
			@Nullable String failureMessage, Instant createdAt, Instant updatedAt, long version, List<Variant> variants,
			List<PostImage> images) {
		this(id, organizationId, baseText, healthTopic, campaign, consentReference, sources, scheduledAt, authorId,
				authorName, state, overrideReason, overrideBy, failureMessage, createdAt, updatedAt, version, variants,
				images, null);
	}

	/**
	 * Not approved although its send time has passed: it is held, never published, until
	 * someone approves and schedules it again.
	 */
	public boolean overdue(Instant now) {
		return this.scheduledAt != null && this.scheduledAt.isBefore(now)
				&& (this.state.awaitsApproval() || this.state == PostState.APPROVED);
	}

	public Post withState(PostState newState) {
		return new Post(this.id, this.organizationId, this.baseText, this.healthTopic, this.campaign,
				this.consentReference, this.sources, this.scheduledAt, this.authorId, this.authorName, newState,
				this.overrideReason, this.overrideBy, this.failureMessage, this.createdAt, this.updatedAt, this.version,
				this.variants, this.images, this.campaignId, this.languages);
	}

	/**
	 * Written by {@code authorId} now: whoever last changed the text is its author, so
	 * the four-eyes rule holds for a reviewer who edits and then tries to approve.
	 */
	public Post withAuthor(UUID newAuthorId, String newAuthorName) {
		return new Post(this.id, this.organizationId, this.baseText, this.healthTopic, this.campaign,
				this.consentReference, this.sources, this.scheduledAt, newAuthorId, newAuthorName, this.state,
				this.overrideReason, this.overrideBy, this.failureMessage, this.createdAt, this.updatedAt, this.version,
				this.variants, this.images, this.campaignId, this.languages);
	}

	public Post withOverride(@Nullable String reason, @Nullable String by) {
		return new Post(this.id, this.organizationId, this.baseText, this.healthTopic, this.campaign,
				this.consentReference, this.sources, this.scheduledAt, this.authorId, this.authorName, this.state,
				reason, by, this.failureMessage, this.createdAt, this.updatedAt, this.version, this.variants,
				this.images, this.campaignId, this.languages);
	}

	public Post withScheduledAt(@Nullable Instant sendAt) {
		return new Post(this.id, this.organizationId, this.baseText, this.healthTopic, this.campaign,
				this.consentReference, this.sources, sendAt, this.authorId, this.authorName, this.state,
				this.overrideReason, this.overrideBy, this.failureMessage, this.createdAt, this.updatedAt, this.version,
				this.variants, this.images, this.campaignId, this.languages);
	}

	/**
	 * The post with what the author wrote; the failure message goes, as it was about the
	 * old text.
	 */
	public Post withContent(PostDraft draft, List<Variant> newVariants) {
		return new Post(this.id, this.organizationId, draft.baseText(), draft.healthTopic(), draft.campaign(),
				draft.consentReference(), draft.sources(), draft.scheduledAt(), this.authorId, this.authorName,
				this.state, this.overrideReason, this.overrideBy, null, this.createdAt, this.updatedAt, this.version,
				newVariants, this.images, draft.campaignId(), draft.languages());
	}

	public Post withImages(List<PostImage> newImages) {
		return new Post(this.id, this.organizationId, this.baseText, this.healthTopic, this.campaign,
				this.consentReference, this.sources, this.scheduledAt, this.authorId, this.authorName, this.state,
				this.overrideReason, this.overrideBy, this.failureMessage, this.createdAt, this.updatedAt, this.version,
				this.variants, newImages, this.campaignId, this.languages);
	}

	/** Saved as version {@code newVersion} at {@code now}. */
	public Post stamped(long newVersion, Instant now) {
		return new Post(this.id, this.organizationId, this.baseText, this.healthTopic, this.campaign,
				this.consentReference, this.sources, this.scheduledAt, this.authorId, this.authorName, this.state,
				this.overrideReason, this.overrideBy, this.failureMessage, this.createdAt, now, newVersion,
				this.variants, this.images, this.campaignId, this.languages);
	}

	/**
	 * What {@code variant}'s account publishes: its own text, else the translation in its
	 * language, else the base text; with its link where the network takes it in the text
	 * ({@link LinkPlacement}).
	 */
	public String textOf(Variant variant) {
		String written;
		if (variant.textOverride() != null && !variant.textOverride().isBlank()) {
			written = variant.textOverride();
		}
		else {
			written = this.languages.translation(variant.language()).map(Translation::text).orElse(this.baseText);
		}
		return LinkPlacement.text(written, variant.link(), variant.network(), !imagesOf(variant).isEmpty());
	}

	/** The link {@code variant}'s network takes beside the text, if any. */
	public @Nullable String separateLinkOf(Variant variant) {
		return LinkPlacement.separate(variant.network(), !imagesOf(variant).isEmpty()) ? variant.link() : null;
	}

	/** The images {@code variant}'s account attaches, in order. */
	public List<PostImage> imagesOf(Variant variant) {
		return this.images.stream().filter((i) -> !variant.imagesLeftOut().contains(i.id())).toList();
	}

	/** The language {@code variant}'s account publishes in, if stated. */
	public @Nullable String languageOf(Variant variant) {
		return (variant.language() != null) ? variant.language() : this.languages.base();
	}

	@Override
	public String toString() {
		// Post text can hold anything a person typed; it stays out of logs.
		return "Post[" + this.id + ", " + this.state + ", " + this.baseText.length() + " chars, " + this.variants.size()
				+ " variants, " + this.images.size() + " images]";
	}

}
