package org.carecast.publishing.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carecast.guardrail.Media;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostDraft.DraftImage;
import org.carecast.publishing.PostImage;
import org.carecast.publishing.PostLanguages;
import org.carecast.publishing.Translation;
import org.carecast.publishing.Variant;
import org.jspecify.annotations.Nullable;

/**
 * The composer's fields. Per-account fields are keyed by the account id.
 */
class PostForm {

	/** Translation rows shown at most: the post's limit of ten plus the main text. */
	static final int MAX_TRANSLATION_ROWS = 10;

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

	private String baseLanguage;

	private List<String> translationLanguages = new ArrayList<>();

	private List<String> translationTexts = new ArrayList<>();

	private Map<String, String> accountLanguages = new HashMap<>();

	/** {@code <account id>:<image id>} for each image an account does not attach. */
	private List<String> imagesLeftOut = new ArrayList<>();

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
		form.baseLanguage = post.languages().base();
		for (Translation t : post.languages().translations()) {
			form.translationLanguages.add(t.language());
			form.translationTexts.add(t.text());
		}
		for (Variant v : post.variants()) {
			put(form.accountLanguages, v.accountId(), v.language());
			v.imagesLeftOut().forEach((image) -> form.imagesLeftOut.add(v.accountId() + ":" + image));
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

	/**
	 * The images {@code accountId} attaches, as its preview's accessibility check sees
	 * them.
	 */
	List<Media> mediaFor(UUID accountId) {
		List<Media> media = new ArrayList<>();
		this.imageAltTexts.forEach((id, alt) -> {
			if (this.removeImages.stream().noneMatch((r) -> r.toString().equals(id))
					&& !this.imagesLeftOut.contains(accountId + ":" + id)) {
				media.add(new Media("image", alt));
			}
		});
		return media;
	}

	/** Whether {@code accountId} leaves out image {@code imageId}; for the checkboxes. */
	public boolean leavesOut(UUID accountId, UUID imageId) {
		return this.imagesLeftOut.contains(accountId + ":" + imageId);
	}

	private Set<UUID> leftOutBy(UUID accountId) {
		Set<UUID> images = new HashSet<>();
		String prefix = accountId + ":";
		for (String pair : this.imagesLeftOut) {
			if (pair != null && pair.startsWith(prefix)) {
				try {
					images.add(UUID.fromString(pair.substring(prefix.length())));
				}
				catch (IllegalArgumentException ex) {
					// A tampered value names no image; there is nothing to leave out.
				}
			}
		}
		return images;
	}

	PostDraft draft(ZoneId zone) {
		Instant sendAt = OrganizationTime.parse(this.scheduledAt, zone);
		List<PostDraft.Target> targets = this.accountIds.stream()
			.map((id) -> new PostDraft.Target(id, this.textOverrides.get(id.toString()), this.links.get(id.toString()),
					this.firstComments.get(id.toString()), blank(this.accountLanguages.get(id.toString())),
					leftOutBy(id)))
			.toList();
		return new PostDraft(this.baseText, blank(this.healthTopic), blank(this.campaign), blank(this.consentReference),
				blank(this.sources), sendAt, targets, this.campaignId)
			.withLanguages(new PostLanguages(blank(this.baseLanguage), translations()));
	}

	/** The translations as typed, blank rows left out. */
	List<Translation> translations() {
		List<Translation> translations = new ArrayList<>();
		for (int i = 0; i < Math.max(this.translationLanguages.size(), this.translationTexts.size()); i++) {
			String language = (i < this.translationLanguages.size()) ? blank(this.translationLanguages.get(i)) : null;
			String text = (i < this.translationTexts.size()) ? this.translationTexts.get(i) : null;
			if (language != null || (text != null && !text.isBlank())) {
				translations.add(new Translation(language, text));
			}
		}
		return translations;
	}

	/**
	 * The translation rows the composer shows: every one typed so far and two empty ones,
	 * up to the limit, so that adding a language needs no script.
	 */
	public List<TranslationRow> translationRows() {
		List<TranslationRow> rows = new ArrayList<>();
		int typed = Math.max(this.translationLanguages.size(), this.translationTexts.size());
		for (int i = 0; i < Math.min(typed + 2, MAX_TRANSLATION_ROWS); i++) {
			String language = (i < this.translationLanguages.size()) ? this.translationLanguages.get(i) : null;
			String text = (i < this.translationTexts.size()) ? this.translationTexts.get(i) : null;
			rows.add(new TranslationRow(i, (language != null) ? language : "", (text != null) ? text : ""));
		}
		return rows;
	}

	/** The text of the translation in {@code language}, if the form has one. */
	@Nullable String translationText(@Nullable String language) {
		if (language == null || language.isBlank()) {
			return null;
		}
		for (int i = 0; i < Math.min(this.translationLanguages.size(), this.translationTexts.size()); i++) {
			if (language.equals(this.translationLanguages.get(i))) {
				return this.translationTexts.get(i);
			}
		}
		return null;
	}

	/** The index of the translation row in {@code language}, or -1. */
	int translationIndex(@Nullable String language) {
		// Empty rows have no language: an account without one publishes the main text.
		return (language == null || language.isBlank()) ? -1 : this.translationLanguages.indexOf(language);
	}

	/** One translation row of the composer. */
	public record TranslationRow(int index, String language, String text) {

		@Override
		public String toString() {
			return "TranslationRow[" + this.index + ", " + this.language + "]";
		}

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

	public String getBaseLanguage() {
		return this.baseLanguage;
	}

	public void setBaseLanguage(String baseLanguage) {
		this.baseLanguage = baseLanguage;
	}

	public List<String> getTranslationLanguages() {
		return this.translationLanguages;
	}

	public void setTranslationLanguages(List<String> translationLanguages) {
		this.translationLanguages = translationLanguages;
	}

	public List<String> getTranslationTexts() {
		return this.translationTexts;
	}

	public void setTranslationTexts(List<String> translationTexts) {
		this.translationTexts = translationTexts;
	}

	public Map<String, String> getAccountLanguages() {
		return this.accountLanguages;
	}

	public void setAccountLanguages(Map<String, String> accountLanguages) {
		this.accountLanguages = accountLanguages;
	}

	public List<String> getImagesLeftOut() {
		return this.imagesLeftOut;
	}

	public void setImagesLeftOut(List<String> imagesLeftOut) {
		this.imagesLeftOut = imagesLeftOut;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
