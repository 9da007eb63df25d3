package org.carecast.channels.inbound;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import tools.jackson.databind.JsonNode;

/**
 * Turns an Account Activity delivery (platform-apis.md §3.5) into inbound items for the
 * account in {@code for_user_id}: {@code tweet_create_events} (v1.1-style posts that
 * reply to or mention it) and {@code direct_message_events}. The account's own posts and
 * messages come back too and are skipped.
 */
final class XWebhookReader {

	private static final DateTimeFormatter V1_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
			Locale.ROOT);

	List<InboundItem> read(JsonNode delivery, String forUser) {
		List<InboundItem> items = new ArrayList<>();
		for (JsonNode post : delivery.path("tweet_create_events")) {
			JsonNode user = post.path("user");
			String id = post.path("id_str").asString("");
			if (!id.matches("\\d{1,19}") || forUser.equals(user.path("id_str").asString(""))) {
				continue;
			}
			String text = post.path("extended_tweet").path("full_text").asString(post.path("text").asString(""));
			boolean reply = forUser.equals(post.path("in_reply_to_user_id_str").asString(""));
			String handle = user.path("screen_name").asString("");
			items.add(new InboundItem(id, reply ? InboundKind.COMMENT : InboundKind.MENTION, handle,
					user.path("name").asString(null), text, time(post.path("created_at").asString("")),
					post.path("in_reply_to_status_id_str").asString(null), null, null, handle.matches("\\w{1,50}")
							? java.net.URI.create("https://x.com/" + handle + "/status/" + id) : null));
		}
		for (JsonNode event : delivery.path("direct_message_events")) {
			JsonNode create = event.path("message_create");
			String sender = create.path("sender_id").asString("");
			String id = event.path("id").asString("");
			if (!"message_create".equals(event.path("type").asString("")) || id.isBlank() || sender.isBlank()
					|| sender.equals(forUser)) {
				continue;
			}
			items.add(new InboundItem(id, InboundKind.DIRECT_MESSAGE, sender, null,
					create.path("message_data").path("text").asString(""),
					millis(event.path("created_timestamp").asString("")), null, null, sender, null));
		}
		return items;
	}

	private static Instant millis(String value) {
		return value.matches("\\d{1,15}") ? Instant.ofEpochMilli(Long.parseLong(value)) : Instant.EPOCH;
	}

	private static Instant time(String value) {
		try {
			return ZonedDateTime.parse(value, V1_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			return Instant.EPOCH;
		}
	}

}
