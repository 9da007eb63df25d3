package org.carecast.channels.bluesky;

import java.util.List;
import java.util.regex.Pattern;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Uploads images as blobs and builds the {@code app.bsky.embed.images} entries with their
 * alt text (platform-apis.md §2.2, §2.3). Limits are checked before anything is sent,
 * because the PDS only enforces them when the post is created, after the uploads.
 */
final class BlueskyImages {

	static final int MAX_IMAGES = 4;

	static final int MAX_BYTES = 2_000_000;

	private static final Pattern IMAGE_TYPE = Pattern.compile("image/[a-z0-9.+-]{1,40}");

	private final NetworkHttp http;

	private final XrpcRequests requests;

	private final BlueskyErrorReader errors;

	BlueskyImages(NetworkHttp http, XrpcRequests requests, BlueskyErrorReader errors) {
		this.http = http;
		this.requests = requests;
		this.errors = errors;
	}

	void check(List<OutboundMedia> media) {
		if (media.size() > MAX_IMAGES) {
			throw rejected("too_many_images", "Bluesky takes at most " + MAX_IMAGES + " images");
		}
		for (OutboundMedia item : media) {
			if (!IMAGE_TYPE.matcher(item.mimeType()).matches()) {
				throw rejected("unsupported_media", "Carecast posts only images to Bluesky");
			}
			int size = item.content().length;
			if (size == 0 || size > MAX_BYTES) {
				throw rejected("image_size", "Each Bluesky image must be the file itself, at most 2 MB");
			}
		}
	}

	ArrayNode upload(ChannelSession session, List<OutboundMedia> media) {
		ArrayNode images = this.http.json().createArrayNode();
		for (OutboundMedia item : media) {
			byte[] content = item.content();
			JsonNode blob = this.http
				.safe(this.requests.upload(session.endpoint(), session.accessToken(), content, item.mimeType()),
						this.errors)
				.path("blob");
			if (!blob.isObject()) {
				throw rejected("upload_incomplete", "Bluesky did not return the uploaded image");
			}
			ObjectNode image = images.addObject();
			image.put("alt", item.altText());
			image.set("image", blob);
			AspectRatio.of(content)
				.ifPresent((ratio) -> image.putObject("aspectRatio")
					.put("width", ratio.width())
					.put("height", ratio.height()));
		}
		return images;
	}

	private static RejectedException rejected(String code, String message) {
		return new RejectedException(ChannelNetwork.BLUESKY, code, message, false);
	}

}
