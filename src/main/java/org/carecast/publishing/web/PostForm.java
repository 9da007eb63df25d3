package org.carecast.publishing.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.guardrail.Media;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostDraft.DraftImage;
import org.carecast.publishing.PostImage;
import org.carecast.publishing.Variant;
import org.jspecify.annotations.Nullable;

/**
 * The composer's fields. Per-account fields are keyed by the account id.
 */
class PostForm {

	private String baseText = "";

	private String healthTopic;

	private String campaign;

	private String consentReference;

	private String sources;

	private String scheduledAt;

	private UUID campaignId;

	private List<UUID> accountIds = new ArrayList<>();

	private Map<String, String> textOverrides = new HashMap<>();

	private Map<String, String> links = new HashMap<>();

	private Map<String, String> firstComments = new HashMap<>();

	private Map<String, String> imageAltTexts = new LinkedHashMap<>();

	private List<UUID> removeImages = new ArrayList<>();

	private String newImageAltText;

	private long version;

	static PostForm of(Post post, ZoneId zone) {
		PostForm form = new PostForm();
		form.baseText = post.baseText();
		form.healthTopic = post.healthTopic();
		form.campaign = post.campaign();
		form.consentReference = post.consentReference();
		form.sources = post.sources();
		form.scheduledAt = OrganizationTime.input(post.scheduledAt(), zone);
		form.campaignId = post.campaignId();
		form.version = post.version();
		for (Variant v : post.variants()) {
			form.accountIds.add(v.accountId());
			put(form.textOverrides, v.accountId(), v.textOverride());
			put(form.links, v.accountId(), v.link());
			put(form.firstComments, v.accountId(), v.firstComment());
		}
		for (PostImage image : post.images()) {
			form.imageAltTexts.put(image.id().toString(), image.altText());
		}
		return form;
	}

	/**
	 * The draft with its images: the stored ones that were not removed, with the alt text
	 * as edited, then the new upload if there is one.
	 * @param stored the post's images as saved, in order
	 * @param newImage the uploaded file's bytes, or {@code null} when none was chosen
	 */
	PostDraft draft(ZoneId zone, List<PostImage> stored, byte @Nullable [] newImage) {
		List<DraftImage> images = new ArrayList<>();
		for (PostImage image : stored) {
			if (!this.removeImages.contains(image.id())) {
				images.add(DraftImage.kept(image.id(),
						this.imageAltTexts.getOrDefault(image.id().toString(), image.altText())));
			}
		}
		if (newImage != null) {
			images.add(DraftImage.upload(newImage, this.newImageAltText));
		}
		return draft(zone).withImages(images);
	}

	/** The images as the live preview's accessibility check sees them. */
	List<Media> media() {
		List<Media> media = new ArrayList<>();
		this.imageAltTexts.forEach((id, alt) -> {
			if (this.removeImages.stream().noneMatch((r) -> r.toString().equals(id))) {
				media.add(new Media("image", alt));
			}
		});
		return media;
	}

	PostDraft draft(ZoneId zone) {
		Instant sendAt = OrganizationTime.parse(this.scheduledAt, zone);
		List<PostDraft.Target> targets = this.accountIds.stream()
			.map((id) -> new PostDraft.Target(id, this.textOverrides.get(id.toString()), this.links.get(id.toString()),
					this.firstComments.get(id.toString())))
			.toList();
		return new PostDraft(this.baseText, blank(this.healthTopic), blank(this.campaign), blank(this.consentReference),
				blank(this.sources), sendAt, targets, this.campaignId);
	}

	private static void put(Map<String, String> map, UUID id, String value) {
		if (value != null) {
			map.put(id.toString(), value);
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getBaseText() {
		return this.baseText;
	}

	public void setBaseText(String baseText) {
		this.baseText = (baseText != null) ? baseText : "";
	}

	public String getHealthTopic() {
		return this.healthTopic;
	}

	public void setHealthTopic(String healthTopic) {
		this.healthTopic = healthTopic;
	}

	public String getCampaign() {
		return this.campaign;
	}

	public void setCampaign(String campaign) {
		this.campaign = campaign;
	}

	public String getConsentReference() {
		return this.consentReference;
	}

	public void setConsentReference(String consentReference) {
		this.consentReference = consentReference;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

	public String getScheduledAt() {
		return this.scheduledAt;
	}

	public void setScheduledAt(String scheduledAt) {
		this.scheduledAt = scheduledAt;
	}

	public UUID getCampaignId() {
		return this.campaignId;
	}

	public void setCampaignId(UUID campaignId) {
		this.campaignId = campaignId;
	}

	public List<UUID> getAccountIds() {
		return this.accountIds;
	}

	public void setAccountIds(List<UUID> accountIds) {
		this.accountIds = (accountIds != null) ? accountIds : new ArrayList<>();
	}

	public Map<String, String> getTextOverrides() {
		return this.textOverrides;
	}

	public void setTextOverrides(Map<String, String> textOverrides) {
		this.textOverrides = textOverrides;
	}

	public Map<String, String> getLinks() {
		return this.links;
	}

	public void setLinks(Map<String, String> links) {
		this.links = links;
	}

	public Map<String, String> getFirstComments() {
		return this.firstComments;
	}

	public void setFirstComments(Map<String, String> firstComments) {
		this.firstComments = firstComments;
	}

	public Map<String, String> getImageAltTexts() {
		return this.imageAltTexts;
	}

	public void setImageAltTexts(Map<String, String> imageAltTexts) {
		this.imageAltTexts = (imageAltTexts != null) ? imageAltTexts : new LinkedHashMap<>();
	}

	public List<UUID> getRemoveImages() {
		return this.removeImages;
	}

	public void setRemoveImages(List<UUID> removeImages) {
		this.removeImages = (removeImages != null) ? removeImages : new ArrayList<>();
	}

	public String getNewImageAltText() {
		return this.newImageAltText;
	}

	public void setNewImageAltText(String newImageAltText) {
		this.newImageAltText = newImageAltText;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
