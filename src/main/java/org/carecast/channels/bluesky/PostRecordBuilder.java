package org.carecast.channels.bluesky;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

/**
 * Assembles an {@code app.bsky.feed.post} record and the {@code createRecord} call that
 * writes it under a chosen record key (platform-apis.md §2.2).
 */
final class PostRecordBuilder {

	private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final JsonMapper json;

	PostRecordBuilder(JsonMapper json) {
		this.json = json;
	}

	ObjectNode createRecord(AtUri target, ObjectNode record) {
		ObjectNode body = this.json.createObjectNode();
		body.put("repo", target.did());
		body.put("collection", target.collection());
		body.put("rkey", target.rkey());
		body.set("record", record);
		return body;
	}

	ObjectNode record(String text, Instant createdAt, @Nullable String language, ArrayNode facets, ArrayNode images,
			@Nullable ReplyRefs reply) {
		ObjectNode record = this.json.createObjectNode();
		record.put("$type", AtUri.POST_COLLECTION);
		record.put("text", text);
		record.put("createdAt", DATETIME.format(createdAt));
		if (language != null) {
			record.putArray("langs").add(language);
		}
		if (!facets.isEmpty()) {
			record.set("facets", facets);
		}
		if (!images.isEmpty()) {
			ObjectNode embed = record.putObject("embed");
			embed.put("$type", "app.bsky.embed.images");
			embed.set("images", images);
		}
		if (reply != null) {
			ObjectNode refs = record.putObject("reply");
			refs.set("root", reply.root());
			refs.set("parent", reply.parent());
		}
		return record;
	}

}
