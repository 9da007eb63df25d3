package org.carecast.channels.instagram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.meta.GraphTime;
import org.carecast.channels.meta.MetaGraph;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads comments (and their replies) under the account's newest media (platform-apis.md
 * §5.5). As on Facebook, Graph lists walk back from the newest, so the cursor is the
 * newest {@code timestamp} seen; comments from that very second come again rather than
 * risk a gap, and the inbox stores them once.
 */
final class InstagramComments {

	static final int RECENT_MEDIA = 10;

	static final String FIELDS = "id,text,timestamp,username,from{id,username},like_count,hidden,"
			+ "replies{id,text,timestamp,username}";

	private final MetaGraph graph;

	InstagramComments(MetaGraph graph) {
		this.graph = graph;
	}

	InboundPage read(ChannelSession session, @Nullable String cursor) {
		Instant since = (cursor != null) ? GraphTime.parse(cursor).orElse(null) : null;
		Instant newest = since;
		List<InboundItem> items = new ArrayList<>();
		JsonNode media = this.graph.read(
				this.graph.api(session.endpoint(), "/" + session.accountId() + "/media",
						Map.of("fields", "id,timestamp", "limit", String.valueOf(RECENT_MEDIA))),
				session.accessToken());
		for (JsonNode post : media.path("data")) {
			String mediaId = post.path("id").asString("");
			if (!mediaId.matches("[0-9]{1,30}")) {
				continue;
			}
			JsonNode comments = this.graph.read(this.graph.api(session.endpoint(), "/" + mediaId + "/comments",
					Map.of("fields", FIELDS, "limit", "50")), session.accessToken());
			for (JsonNode comment : comments.path("data")) {
				newest = add(items, comment, mediaId, mediaId, since, newest, session.accountId());
				for (JsonNode reply : comment.path("replies").path("data")) {
					newest = add(items, reply, comment.path("id").asString(mediaId), mediaId, since, newest,
							session.accountId());
				}
			}
		}
		return new InboundPage(items, (newest != null) ? newest.toString() : null, false);
	}

	private static @Nullable Instant add(List<InboundItem> items, JsonNode comment, String parent, String mediaId,
			@Nullable Instant since, @Nullable Instant newest, String ownId) {
		Optional<Instant> created = GraphTime.parse(comment.path("timestamp").asString(""));
		String id = comment.path("id").asString("");
		if (created.isEmpty() || id.isBlank() || (since != null && created.get().isBefore(since))) {
			return newest;
		}
		Instant later = (newest == null || created.get().isAfter(newest)) ? created.get() : newest;
		if (!ownId.equals(comment.path("from").path("id").asString(""))) {
			items.add(new InboundItem(id, InboundKind.COMMENT, comment.path("username").asString("someone"), null,
					comment.path("text").asString(""), created.get(), parent, mediaId, null, null));
		}
		return later;
	}

}
