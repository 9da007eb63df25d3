package org.carecast.channels.threads;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Reads the replies, at every depth, under the account's newest posts (platform-apis.md
 * §6.5, {@code /{media-id}/conversation}). As with Instagram, the cursor is the newest
 * {@code timestamp} seen: replies from that very second come again rather than risk a
 * gap, and the inbox stores them once. The account's own replies are left out.
 */
final class ThreadsReplies {

	static final int RECENT_POSTS = 10;

	static final String FIELDS = "id,text,username,timestamp,permalink,replied_to,root_post,is_reply,hide_status";

	private final MetaGraph graph;

	ThreadsReplies(MetaGraph graph) {
		this.graph = graph;
	}

	InboundPage read(ChannelSession session, @Nullable String cursor) {
		Instant since = (cursor != null) ? GraphTime.parse(cursor).orElse(null) : null;
		Instant newest = since;
		List<InboundItem> items = new ArrayList<>();
		JsonNode posts = this.graph.read(
				this.graph.api(session.endpoint(), "/" + session.accountId() + "/threads",
						Map.of("fields", "id,timestamp", "limit", String.valueOf(RECENT_POSTS))),
				session.accessToken());
		String own = session.credentials().handle().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
		for (JsonNode post : posts.path("data")) {
			String mediaId = post.path("id").asString("");
			if (!mediaId.matches("[0-9]{1,30}")) {
				continue;
			}
			JsonNode replies = this.graph.read(this.graph.api(session.endpoint(), "/" + mediaId + "/conversation",
					Map.of("fields", FIELDS, "reverse", "false")), session.accessToken());
			for (JsonNode reply : replies.path("data")) {
				Optional<Instant> created = GraphTime.parse(reply.path("timestamp").asString(""));
				String id = reply.path("id").asString("");
				if (created.isEmpty() || id.isBlank() || (since != null && created.get().isBefore(since))) {
					continue;
				}
				newest = (newest == null || created.get().isAfter(newest)) ? created.get() : newest;
				String username = reply.path("username").asString("");
				if (username.toLowerCase(Locale.ROOT).equals(own)) {
					continue;
				}
				String parent = reply.path("replied_to").path("id").asString(mediaId);
				String root = reply.path("root_post").path("id").asString(mediaId);
				items.add(new InboundItem(id, InboundKind.COMMENT, username.isBlank() ? "someone" : username, null,
						reply.path("text").asString(""), created.get(), parent, root, null,
						link(reply.path("permalink").asString(""))));
			}
		}
		return new InboundPage(items, (newest != null) ? newest.toString() : null, false);
	}

	private static @Nullable URI link(String permalink) {
		if (!permalink.startsWith("https://")) {
			return null;
		}
		try {
			return URI.create(permalink);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
