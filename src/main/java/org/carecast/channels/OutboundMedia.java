package org.carecast.channels;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * An image (or video) to attach. Networks that upload bytes (Mastodon, Bluesky, X,
 * LinkedIn, Facebook) use {@code content}; Instagram and Threads fetch the media from a
 * public URL, so those need {@code publicUrl}.
 *
 * @param content the file's bytes, empty when only a URL is known
 * @param mimeType for example {@code image/jpeg}
 * @param altText description for screen readers; required by Carecast for images
 * @param publicUrl where the network can fetch it, if anywhere
 */
public record OutboundMedia(byte[] content, String mimeType, String altText, @Nullable URI publicUrl) {

	public OutboundMedia {
		content = (content != null) ? content.clone() : new byte[0];
		altText = (altText != null) ? altText : "";
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

	public boolean isVideo() {
		return this.mimeType.startsWith("video/");
	}

	@Override
	public String toString() {
		return "OutboundMedia[" + this.mimeType + ", " + this.content.length + " bytes, alt text "
				+ (this.altText.isBlank() ? "missing" : "present") + "]";
	}

}
