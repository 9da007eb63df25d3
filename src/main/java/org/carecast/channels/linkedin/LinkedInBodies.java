package org.carecast.channels.linkedin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of {@code POST /rest/posts} and
 * {@code POST /rest/socialActions/…/comments} (platform-apis.md §7.2). Maps keep their
 * order so that resending a text post after a timeout sends the very same bytes, which is
 * what lets LinkedIn's 422 duplicate name the first post.
 */
final class LinkedInBodies {

	private LinkedInBodies() {
	}

	/** An image already uploaded, with its alt text. */
	record Image(String urn, String altText) {
	}

	static Map<String, Object> post(String author, String commentary, List<Image> images) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("author", author);
		body.put("commentary", commentary);
		body.put("visibility", "PUBLIC");
		Map<String, Object> distribution = new LinkedHashMap<>();
		distribution.put("feedDistribution", "MAIN_FEED");
		distribution.put("targetEntities", List.of());
		distribution.put("thirdPartyDistributionChannels", List.of());
		body.put("distribution", distribution);
		if (images.size() == 1) {
			body.put("content", Map.of("media", image(images.get(0))));
		}
		else if (images.size() > 1) {
			body.put("content",
					Map.of("multiImage", Map.of("images", images.stream().map(LinkedInBodies::image).toList())));
		}
		body.put("lifecycleState", "PUBLISHED");
		body.put("isReshareDisabledByAuthor", false);
		return body;
	}

	private static Map<String, Object> image(Image image) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", image.urn());
		entry.put("altText", image.altText());
		return entry;
	}

	static Map<String, Object> comment(String actor, String object, String text, String parentComment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("actor", actor);
		body.put("object", object);
		body.put("message", Map.of("text", text));
		if (parentComment != null) {
			body.put("parentComment", parentComment);
		}
		return body;
	}

}
