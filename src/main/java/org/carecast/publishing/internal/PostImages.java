package org.carecast.publishing.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carecast.publishing.PostDraft.DraftImage;
import org.carecast.publishing.PostImage;
import org.carecast.publishing.Variant;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Stores what the author chose for a post's images, after checking the whole set against
 * every network the post goes to, so that a post never holds an image one of its networks
 * would refuse. Runs inside the caller's transaction.
 */
@Component
public class PostImages {

	private final PostMediaRepository media;

	private final ImageRules rules;

	private final SecureRandom random = new SecureRandom();

	PostImages(PostMediaRepository media, ImageRules rules) {
		this.media = media;
		this.rules = rules;
	}

	/**
	 * @param wanted the images in order, or {@code null} to keep the stored ones (they
	 * are still checked, as the networks may have changed)
	 * @return the images now stored
	 * @throws InvalidInputException when an image breaks a rule
	 */
	public List<PostImage> save(UUID organizationId, UUID postId, @Nullable List<DraftImage> wanted,
			List<Variant> variants, Instant now) {
		List<PostImage> stored = this.media.list(postId);
		Map<UUID, PostImage> byId = stored.stream().collect(Collectors.toMap(PostImage::id, Function.identity()));
		List<DraftImage> images = (wanted != null) ? wanted
				: stored.stream().map((i) -> DraftImage.kept(i.id(), i.altText())).toList();
		List<ImageRules.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < images.size(); i++) {
			candidates.add(candidate(i + 1, images.get(i), byId));
		}
		// Carecast's own rules over all images, then each account's network over the
		// images
		// it attaches.
		this.rules.check(candidates, Set.of());
		for (Variant variant : variants) {
			List<ImageRules.Candidate> attached = new ArrayList<>();
			for (int i = 0; i < images.size(); i++) {
				UUID id = images.get(i).existingId();
				if (id == null || !variant.imagesLeftOut().contains(id)) {
					attached.add(candidates.get(i));
				}
			}
			this.rules.checkFor(variant.handle(), variant.network(), attached);
		}
		if (wanted == null) {
			return stored;
		}
		Set<UUID> kept = new HashSet<>();
		for (int i = 0; i < images.size(); i++) {
			DraftImage image = images.get(i);
			if (image.existingId() != null) {
				kept.add(image.existingId());
				this.media.update(image.existingId(), postId, i, image.altText());
			}
			else {
				this.media.insert(UUID.randomUUID(), postId, organizationId, i, candidates.get(i).format(),
						image.content(), image.altText(), newToken(), now);
			}
		}
		stored.stream().filter((s) -> !kept.contains(s.id())).forEach((s) -> this.media.delete(s.id(), postId));
		return this.media.list(postId);
	}

	private static ImageRules.Candidate candidate(int number, DraftImage image, Map<UUID, PostImage> stored) {
		if (image.existingId() == null) {
			byte[] content = image.content();
			return new ImageRules.Candidate(number, ImageRules.format(number, content),
					(content != null) ? content.length : 0, image.altText());
		}
		PostImage existing = stored.get(image.existingId());
		ImageFormat format = (existing != null) ? ImageFormat.ofMimeType(existing.mimeType()).orElse(null) : null;
		if (format == null) {
			throw new InvalidInputException(
					"Image " + number + " is no longer on this post. Reload the post and make your change again.");
		}
		return new ImageRules.Candidate(number, format, existing.sizeBytes(), image.altText());
	}

	/** 256 random bits: the public address of an image cannot be guessed. */
	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
