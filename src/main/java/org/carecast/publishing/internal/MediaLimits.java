package org.carecast.publishing.internal;

import java.util.EnumSet;
import java.util.Set;

import org.carecast.channels.ChannelNetwork;

/**
 * What one network takes in images, from docs/platform-apis.md. Where the document gives
 * two numbers the smaller one is used (Facebook documents 10 MB but has been seen to
 * refuse photos over 4 MB); where it gives none (LinkedIn's file size) the value is a
 * cautious guess. Each count and size can be changed with
 * {@code carecast.publishing.media.<network>.*}.
 *
 * @param formats the formats it accepts
 * @param maxBytes the largest file
 * @param maxCount the most images on one post
 * @param maxAltText the longest alt text, in characters
 */
public record MediaLimits(Set<ImageFormat> formats, long maxBytes, int maxCount, int maxAltText) {

	/** The largest image Carecast stores at all (Mastodon's limit, the largest). */
	public static final long UPLOAD_LIMIT = 16L * 1024 * 1024;

	/** The longest alt text Carecast stores (Bluesky's app limit, the largest we use). */
	public static final int ALT_TEXT_LIMIT = 2000;

	/** Before any account is chosen: only Carecast's own limits. */
	public static final MediaLimits ANY_NETWORK = new MediaLimits(EnumSet.allOf(ImageFormat.class), UPLOAD_LIMIT, 20,
			ALT_TEXT_LIMIT);

	public MediaLimits {
		formats = Set.copyOf(formats);
	}

	public static MediaLimits defaults(ChannelNetwork network) {
		Set<ImageFormat> common = EnumSet.allOf(ImageFormat.class);
		return switch (network) {
			case MASTODON -> new MediaLimits(common, UPLOAD_LIMIT, 4, 1500);
			case BLUESKY -> new MediaLimits(common, 2_000_000, 4, 2000);
			case X -> new MediaLimits(common, 5_000_000, 4, 1000);
			case FACEBOOK ->
				new MediaLimits(EnumSet.of(ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.GIF), 4_000_000, 10, 1000);
			case INSTAGRAM -> new MediaLimits(EnumSet.of(ImageFormat.JPEG), 8_000_000, 10, 1000);
			case LINKEDIN ->
				new MediaLimits(EnumSet.of(ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.GIF), 8_000_000, 20, 2000);
			case THREADS -> new MediaLimits(EnumSet.of(ImageFormat.JPEG, ImageFormat.PNG), 8_000_000, 20, 1000);
			case SANDBOX -> new MediaLimits(common, 8_000_000, 4, 2000);
		};
	}

	MediaLimits withOverrides(PublishingProperties.MediaOverride override) {
		if (override == null) {
			return this;
		}
		return new MediaLimits(this.formats, (override.maxBytes() != null) ? override.maxBytes() : this.maxBytes,
				(override.maxCount() != null) ? override.maxCount() : this.maxCount, this.maxAltText);
	}

}
