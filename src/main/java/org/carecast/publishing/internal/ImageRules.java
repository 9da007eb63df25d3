package org.carecast.publishing.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.carecast.channels.ChannelNetwork;
import org.carecast.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * Refuses, in plain words, images that a chosen network would refuse: a format it does
 * not take, a file too large, too many images, and alt text that is missing or too long.
 * Messages name the image by its number and never quote its alt text.
 */
@Component
public class ImageRules {

	private final Map<ChannelNetwork, MediaLimits> limits = new EnumMap<>(ChannelNetwork.class);

	ImageRules(PublishingProperties properties) {
		for (ChannelNetwork network : ChannelNetwork.values()) {
			this.limits.put(network, MediaLimits.defaults(network).withOverrides(properties.media().get(network)));
		}
	}

	public MediaLimits limits(ChannelNetwork network) {
		return this.limits.get(network);
	}

	/**
	 * The format of a new upload, read from its first bytes.
	 * @param number the image's place on the post, from 1
	 */
	public static ImageFormat format(int number, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("Image " + number + " is an empty file. Choose the image again.");
		}
		if (content.length > MediaLimits.UPLOAD_LIMIT) {
			throw new InvalidInputException("Image " + number + " is " + megabytes(content.length)
					+ "; Carecast takes images up to " + megabytes(MediaLimits.UPLOAD_LIMIT) + ".");
		}
		return ImageFormat.detect(content)
			.orElseThrow(() -> new InvalidInputException("Image " + number
					+ " is not a JPEG, PNG, GIF or WebP image. Carecast looks at what the file contains, "
					+ "not at its name."));
	}

	/**
	 * Checks the post's images against Carecast's own limits and those of every network
	 * the post goes to.
	 * @throws InvalidInputException naming the first problem
	 */
	public void check(List<Candidate> images, Collection<ChannelNetwork> networks) {
		for (Candidate image : images) {
			if (image.altText().isBlank()) {
				throw new InvalidInputException("Describe image " + image.number()
						+ " for people who cannot see it: alt text is required for every image.");
			}
		}
		check(images, MediaLimits.ANY_NETWORK, "Carecast");
		for (ChannelNetwork network : networks) {
			check(images, limits(network), label(network));
		}
	}

	/**
	 * Checks the images one account attaches against its network's limits, naming the
	 * account so the author knows which images to leave out there.
	 * @throws InvalidInputException naming the first problem
	 */
	public void checkFor(String handle, ChannelNetwork network, List<Candidate> images) {
		if (network == ChannelNetwork.INSTAGRAM && images.isEmpty()) {
			// Instagram's API has no text-only post (platform-apis.md §5.2).
			throw new InvalidInputException("Instagram (" + handle + ") needs at least one image on every post. "
					+ "Attach an image, or leave this account out.");
		}
		check(images, limits(network), label(network) + " (" + handle + ")");
	}

	private static void check(List<Candidate> images, MediaLimits limits, String where) {
		if (images.size() > limits.maxCount()) {
			throw new InvalidInputException(where + " takes at most " + limits.maxCount() + " images on a post; this "
					+ "post has " + images.size() + ".");
		}
		for (Candidate image : images) {
			if (!limits.formats().contains(image.format())) {
				String accepted = limits.formats()
					.stream()
					.sorted()
					.map(ImageFormat::label)
					.collect(Collectors.joining(", "));
				throw new InvalidInputException(where + " takes " + accepted + " images only; image " + image.number()
						+ " is " + image.format().label() + ".");
			}
			if (image.size() > limits.maxBytes()) {
				throw new InvalidInputException(where + " takes images up to " + megabytes(limits.maxBytes())
						+ "; image " + image.number() + " is " + megabytes(image.size())
						+ String.format(Locale.ROOT, " (%,d bytes).", image.size()));
			}
			// UTF-16 units: never fewer than the characters a network counts.
			int altLength = image.altText().length();
			if (altLength > limits.maxAltText()) {
				throw new InvalidInputException(where + " takes alt text up to " + limits.maxAltText()
						+ " characters; image " + image.number() + "'s has " + altLength + ".");
			}
		}
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
	}

	static String label(ChannelNetwork network) {
		return switch (network) {
			case X -> "X";
			case LINKEDIN -> "LinkedIn";
			default -> network.code().substring(0, 1).toUpperCase(Locale.ROOT) + network.code().substring(1);
		};
	}

	/**
	 * One image as the rules see it.
	 *
	 * @param number its place on the post, from 1
	 */
	public record Candidate(int number, ImageFormat format, long size, String altText) {

		@Override
		public String toString() {
			return "Candidate[" + this.number + ", " + this.format + ", " + this.size + " bytes]";
		}

	}

}
