package org.carecast.channels.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a verified Meta webhook delivery (platform-apis.md §4.5, §5.5) into inbound items
 * per receiving account: Page {@code feed} changes that add or edit a comment, Instagram
 * {@code comments} changes, and Messenger or Instagram {@code messaging} entries. Other
 * changes (reactions, removals, the account's own echoes) carry nothing for the inbox and
 * are skipped.
 */
final class MetaWebhookReader {

	/** Who received items: the network and the Page or Instagram account id. */
	record Receiver(ChannelNetwork network, String remoteAccountId) {
	}

	Map<Receiver, List<InboundItem>> read(JsonNode delivery) {
		ChannelNetwork network = switch (delivery.path("object").asString("")) {
			case "page" -> ChannelNetwork.FACEBOOK;
			case "instagram" -> ChannelNetwork.INSTAGRAM;
			default -> null;
		};
		Map<Receiver, List<InboundItem>> items = new LinkedHashMap<>();
		if (network == null) {
			return items;
		}
		for (JsonNode entry : delivery.path("entry")) {
			String accountId = entry.path("id").asString("");
			if (accountId.isBlank()) {
				continue;
			}
			List<InboundItem> found = new ArrayList<>();
			Instant entryTime = seconds(entry.path("time").asLong(0));
			for (JsonNode change : entry.path("changes")) {
				JsonNode value = change.path("value");
				InboundItem item = (network == ChannelNetwork.FACEBOOK) ? pageComment(change, value, accountId)
						: instagramComment(change, value, accountId, entryTime);
				if (item != null) {
					found.add(item);
				}
			}
			for (JsonNode messaging : entry.path("messaging")) {
				InboundItem item = message(messaging, accountId);
				if (item != null) {
					found.add(item);
				}
			}
			if (!found.isEmpty()) {
				items.computeIfAbsent(new Receiver(network, accountId), (key) -> new ArrayList<>()).addAll(found);
			}
		}
		return items;
	}

	private static @Nullable InboundItem pageComment(JsonNode change, JsonNode value, String pageId) {
		String verb = value.path("verb").asString("");
		if (!"feed".equals(change.path("field").asString("")) || !"comment".equals(value.path("item").asString(""))
				|| !("add".equals(verb) || "edited".equals(verb))) {
			return null;
		}
		String id = value.path("comment_id").asString("");
		JsonNode from = value.path("from");
		if (id.isBlank() || pageId.equals(from.path("id").asString(""))) {
			return null;
		}
		String name = from.path("name").asString(null);
		return new InboundItem(id, InboundKind.COMMENT, (name != null) ? name : from.path("id").asString("someone"),
				name, value.path("message").asString(""), seconds(value.path("created_time").asLong(0)),
				value.path("parent_id").asString(null), value.path("post_id").asString(null), null, null);
	}

	private static @Nullable InboundItem instagramComment(JsonNode change, JsonNode value, String accountId,
			Instant entryTime) {
		if (!"comments".equals(change.path("field").asString(""))) {
			return null;
		}
		String id = value.path("id").asString("");
		JsonNode from = value.path("from");
		if (id.isBlank() || accountId.equals(from.path("id").asString(""))) {
			return null;
		}
		String media = value.path("media").path("id").asString(null);
		String parent = value.path("parent_id").asString(null);
		return new InboundItem(id, InboundKind.COMMENT, from.path("username").asString("someone"), null,
				value.path("text").asString(""), entryTime, (parent != null) ? parent : media, media, null, null);
	}

	private static @Nullable InboundItem message(JsonNode messaging, String accountId) {
		JsonNode message = messaging.path("message");
		String sender = messaging.path("sender").path("id").asString("");
		String mid = message.path("mid").asString("");
		// Echoes are the account's own messages coming back.
		if (mid.isBlank() || sender.isBlank() || sender.equals(accountId) || message.path("is_echo").asBoolean(false)) {
			return null;
		}
		return new InboundItem(mid, InboundKind.DIRECT_MESSAGE, sender, null, message.path("text").asString(""),
				Instant.ofEpochMilli(messaging.path("timestamp").asLong(0)), null, null, sender, null);
	}

	private static Instant seconds(long epochSeconds) {
		return Instant.ofEpochSecond(Math.max(0, epochSeconds));
	}

}
