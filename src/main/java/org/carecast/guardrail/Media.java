package org.carecast.guardrail;

/**
 * An image or video attached to a post.
 *
 * @param kind for example {@code image} or {@code video}
 * @param altText its description for screen readers, blank when missing
 */
public record Media(String kind, String altText) {

	public Media {
		kind = (kind != null) ? kind : "image";
		altText = (altText != null) ? altText : "";
	}

	public boolean hasAltText() {
		return !this.altText.isBlank();
	}

	@Override
	public String toString() {
		return "Media[" + this.kind + ", alt text " + (hasAltText() ? "present" : "missing") + "]";
	}

}
