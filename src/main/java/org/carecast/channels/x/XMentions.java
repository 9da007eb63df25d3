package org.carecast.channels.x;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.RejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the mentions timeline (platform-apis.md §3.5), which holds replies to our posts
 * as well, since a reply names the account. X pages it newest first: with
 * {@code since_id} the first page holds the newest mentions and {@code next_token} walks
 * back towards the cursor. So every page after the cursor is read before the cursor moves
 * to the newest id; moving it after the first page would skip the older pages of a busy
 * hour if the node stopped in between.
 */
final class XMentions {

	/** At most this many pages (of 100) in one read; more than that is a flood. */
	static final int MAX_PAGES = 10;

	private static final String FIELDS = "max_results=100"
			+ "&tweet.fields=created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets"
			+ "&expansions=author_id&user.fields=username,name";

	private final XRequests requests;

	private final XErrors errors;

	XMentions(XRequests requests, XErrors errors) {
		this.requests = requests;
		this.errors = errors;
	}

	InboundPage read(ChannelSession session, @Nullable String sinceId) {
		if (sinceId != null && !sinceId.matches("\\d{1,19}")) {
			throw new RejectedException(ChannelNetwork.X, "invalid_cursor", "The stored X cursor is not a post id",
					false);
		}
		String base = "/2/users/" + userId(session) + "/mentions?" + FIELDS
				+ ((sinceId != null) ? "&since_id=" + sinceId : "");
		List<InboundItem> items = new ArrayList<>();
		String newest = null;
		String token = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			String path = base + ((token != null) ? "&pagination_token=" + token : "");
			JsonNode answer = this.requests.http().safe(this.requests.get(session, path), this.errors);
			if (newest == null) {
				newest = answer.path("meta").path("newest_id").stringValue(null);
			}
			items.addAll(items(session, answer));
			token = answer.path("meta").path("next_token").stringValue(null);
			// The first read starts from now: one page, not the account's history.
			if (token == null || sinceId == null || !token.matches("[A-Za-z0-9_-]{1,200}")) {
				break;
			}
		}
		return new InboundPage(items, (newest != null) ? newest : sinceId, false);
	}

	private static List<InboundItem> items(ChannelSession session, JsonNode answer) {
		Map<String, JsonNode> users = new HashMap<>();
		for (JsonNode user : answer.path("includes").path("users")) {
			users.put(user.path("id").stringValue(""), user);
		}
		List<InboundItem> items = new ArrayList<>();
		for (JsonNode post : answer.path("data")) {
			String id = post.path("id").stringValue("");
			if (!id.matches("\\d{1,19}")) {
				continue;
			}
			JsonNode author = users.getOrDefault(post.path("author_id").stringValue(""), post.path("missing_author"));
			String username = author.path("username").stringValue(post.path("author_id").stringValue(""));
			boolean reply = session.accountId().equals(post.path("in_reply_to_user_id").stringValue(""));
			items.add(new InboundItem(id, reply ? InboundKind.COMMENT : InboundKind.MENTION, username,
					author.path("name").stringValue(null), post.path("text").stringValue(""), created(post),
					repliedTo(post), post.path("conversation_id").stringValue(null), null,
					username.matches("\\w{1,50}") ? URI.create("https://x.com/" + username + "/status/" + id)
							: URI.create("https://x.com/i/web/status/" + id)));
		}
		return items;
	}

	private static @Nullable String repliedTo(JsonNode post) {
		for (JsonNode reference : post.path("referenced_tweets")) {
			if ("replied_to".equals(reference.path("type").stringValue(""))) {
				return reference.path("id").stringValue(null);
			}
		}
		return null;
	}

	private static Instant created(JsonNode post) {
		try {
			return Instant.parse(post.path("created_at").stringValue(""));
		}
		catch (DateTimeParseException ex) {
			return Instant.EPOCH;
		}
	}

	private static String userId(ChannelSession session) {
		if (!session.accountId().matches("\\d{1,19}")) {
			throw new RejectedException(ChannelNetwork.X, "invalid_id", "The X account id is not numeric", false);
		}
		return session.accountId();
	}

}
