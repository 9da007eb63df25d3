package org.carecast.channels.x;

import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.Map;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;

/**
 * Uploads one image with the simple form of {@code POST /2/media/upload} and sets its alt
 * text with {@code POST /2/media/metadata} (platform-apis.md §3.2). Nothing is published
 * by an upload, so its failures are ordinary temporary ones. GIFs and video need the
 * chunked upload with processing, which Carecast does not send to X yet.
 */
final class XMediaUpload {

	private final XRequests requests;

	private final XErrors errors;

	XMediaUpload(XRequests requests, XErrors errors) {
		this.requests = requests;
		this.errors = errors;
	}

	/** Uploads the image and returns its media id for {@code media.media_ids}. */
	String upload(ChannelSession session, OutboundMedia media) {
		String mimeType = media.mimeType().toLowerCase(Locale.ROOT);
		if (media.isVideo() || mimeType.equals("image/gif")) {
			throw new RejectedException(ChannelNetwork.X, "unsupported_media",
					"Carecast can send only still images to X for now", false);
		}
		XMultipart form = new XMultipart().file("media", media.mimeType(), media.content())
			.field("media_category", "tweet_image");
		HttpRequest request = this.requests.bearer(session, "/2/media/upload")
			.header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.build()))
			.build();
		String id = this.requests.http().safe(request, this.errors).path("data").path("id").asString("");
		if (id.isEmpty()) {
			throw new TemporaryFailureException(ChannelNetwork.X, "X did not return an id for the uploaded image",
					null);
		}
		if (!media.altText().isBlank()) {
			Map<String, Object> metadata = Map.of("id", id, "metadata",
					Map.of("alt_text", Map.of("text", media.altText())));
			this.requests.http().safe(this.requests.postJson(session, "/2/media/metadata", metadata), this.errors);
		}
		return id;
	}

}
