package org.carecast.publishing;

import java.util.UUID;

/**
 * An image attached to a post, without its bytes. Every variant of the post carries it.
 *
 * @param mimeType the type its first bytes show, for example {@code image/jpeg}
 * @param altText its description for screen readers; Carecast requires one
 */
public record PostImage(UUID id, String mimeType, long sizeBytes, String altText) {

	@Override
	public String toString() {
		// Alt text describes what a photo shows and could describe a patient: never
		// logged.
		return "PostImage[" + this.id + ", " + this.mimeType + ", " + this.sizeBytes + " bytes]";
	}

}
