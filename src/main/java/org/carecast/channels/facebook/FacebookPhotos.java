package org.carecast.channels.facebook;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.meta.MetaGraph;
import tools.jackson.databind.JsonNode;

/**
 * Page photo uploads ({@code POST /{page-id}/photos}) with the alt text in
 * {@code alt_text_custom} ({@code alt_text} is Facebook's own generated description). A
 * public URL is sent as {@code url}; otherwise the bytes go as multipart {@code source}.
 */
final class FacebookPhotos {

	private final MetaGraph graph;

	FacebookPhotos(MetaGraph graph) {
		this.graph = graph;
	}

	/** Uploads a photo nobody sees yet, to attach to a feed post; safe to repeat. */
	String uploadUnpublished(ChannelSession session, OutboundMedia media) {
		return this.graph.create(request(session, media, false, null), session.accessToken()).path("id").asString();
	}

	/** Publishes one photo with its caption: this call is the post. */
	JsonNode publish(ChannelSession session, OutboundMedia media, String caption) {
		return this.graph.publish(request(session, media, true, caption), session.accessToken());
	}

	private HttpRequest request(ChannelSession session, OutboundMedia media, boolean published, String caption) {
		URI uri = this.graph.api(session.endpoint(), "/" + session.accountId() + "/photos", Map.of());
		Map<String, String> fields = new LinkedHashMap<>();
		if (caption != null) {
			fields.put("message", caption);
		}
		fields.put("alt_text_custom", media.altText());
		fields.put("published", String.valueOf(published));
		if (media.publicUrl() != null) {
			fields.put("url", media.publicUrl().toString());
			return this.graph.form(uri, session.accessToken(), fields);
		}
		MultipartForm form = MultipartForm.of(fields, "source", media.content(), media.mimeType());
		return this.graph.request(uri, session.accessToken())
			.header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
			.build();
	}

}
