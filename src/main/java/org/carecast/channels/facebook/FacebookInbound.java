package org.carecast.channels.facebook;

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
import org.carecast.channels.meta.GraphUrls;
import org.carecast.channels.meta.MetaGraph;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads comments under the Page's recent posts and its Messenger conversations
 * (platform-apis.md §4.5). Graph lists come newest first with cursors that only walk
 * back, so the cursor Carecast keeps is a time: the newest {@code created_time} seen.
 * Each read walks back until it passes that time and only then moves it; items from the
 * very same second come again (stored by id, so harmless) rather than risk a gap.
 */
final class FacebookInbound {

	/** How many recent posts are watched for new comments. */
	static final int RECENT_POSTS = 10;

	/** At most this many pages of comments per post in one read. */
	static final int MAX_PAGES = 5;

	private final MetaGraph graph;

	FacebookInbound(MetaGraph graph) {
		this.graph = graph;
	}

	InboundPage comments(ChannelSession session, @Nullable String cursor) {
		Instant since = since(cursor);
		Instant newest = since;
		List<InboundItem> items = new ArrayList<>();
		JsonNode posts = this.graph.read(
				this.graph.api(session.endpoint(), "/" + session.accountId() + "/published_posts",
						Map.of("fields", "id,created_time", "limit", String.valueOf(RECENT_POSTS))),
				session.accessToken());
		for (JsonNode post : posts.path("data")) {
			String postId = post.path("id").asString("");
			if (!GraphIds.valid(postId)) {
				continue;
			}
			newest = later(newest, readComments(session, postId, since, items));
		}
		return new InboundPage(items, (newest != null) ? newest.toString() : null, false);
	}

	private @Nullable Instant readComments(ChannelSession session, String postId, @Nullable Instant since,
			List<InboundItem> items) {
		Instant newest = null;
		String after = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			Map<String, String> query = new java.util.LinkedHashMap<>(Map.of("filter", "stream", "order",
					"reverse_chronological", "summary", "true", "limit", "100", "fields",
					"id,message,created_time,from{id,name},parent{id},like_count,comment_count,permalink_url"));
			if (after != null) {
				query.put("after", after);
			}
			JsonNode answer = this.graph.read(this.graph.api(session.endpoint(), "/" + postId + "/comments", query),
					session.accessToken());
			boolean passed = false;
			for (JsonNode comment : answer.path("data")) {
				Optional<Instant> created = GraphTime.parse(comment.path("created_time").asString(""));
				if (created.isEmpty() || (since != null && created.get().isBefore(since))) {
					passed = true;
					continue;
				}
				newest = later(newest, created.get());
				// The Page's own answers are not inbound.
				if (!session.accountId().equals(comment.path("from").path("id").asString(""))) {
					items.add(comment(comment, postId, created.get()));
				}
			}
			after = answer.path("paging").path("cursors").path("after").asString(null);
			if (passed || since == null || answer.path("paging").path("next").isMissingNode() || after == null) {
				break;
			}
		}
		return newest;
	}

	InboundPage messages(ChannelSession session, @Nullable String cursor) {
		Instant since = since(cursor);
		Instant newest = since;
		List<InboundItem> items = new ArrayList<>();
		JsonNode conversations = this.graph.read(
				this.graph.api(session.endpoint(), "/" + session.accountId() + "/conversations",
						Map.of("platform", "messenger", "fields",
								"id,updated_time,participants,messages.limit(10){id,message,from,created_time}")),
				session.accessToken());
		for (JsonNode conversation : conversations.path("data")) {
			for (JsonNode message : conversation.path("messages").path("data")) {
				Optional<Instant> created = GraphTime.parse(message.path("created_time").asString(""));
				JsonNode from = message.path("from");
				String sender = from.path("id").asString("");
				if (created.isEmpty() || (since != null && created.get().isBefore(since))) {
					continue;
				}
				newest = later(newest, created.get());
				if (sender.isEmpty() || sender.equals(session.accountId())) {
					continue;
				}
				items.add(new InboundItem(message.path("id").asString(""), InboundKind.DIRECT_MESSAGE,
						from.path("name").asString(sender), from.path("name").asString(null),
						message.path("message").asString(""), created.get(), null, null, sender, null));
			}
		}
		return new InboundPage(items, (newest != null) ? newest.toString() : null, false);
	}

	private static InboundItem comment(JsonNode comment, String postId, Instant created) {
		JsonNode from = comment.path("from");
		String parent = comment.path("parent").path("id").asString(null);
		return new InboundItem(comment.path("id").asString(""), InboundKind.COMMENT,
				from.path("name").asString(from.path("id").asString("someone")), from.path("name").asString(null),
				comment.path("message").asString(""), created, (parent != null) ? parent : postId, postId, null,
				GraphUrls.httpsLink(comment.path("permalink_url").asString("")));
	}

	static @Nullable Instant since(@Nullable String cursor) {
		return (cursor != null) ? GraphTime.parse(cursor).orElse(null) : null;
	}

	static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return (b != null && b.isAfter(a)) ? b : a;
	}

}
