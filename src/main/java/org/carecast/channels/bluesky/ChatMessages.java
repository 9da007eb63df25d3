package org.carecast.channels.bluesky;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.carecast.channels.TemporaryFailureException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import org.jspecify.annotations.Nullable;

/**
 * Reads chat values (platform-apis.md §2.5, DMs): ids, revisions and
 * {@code #messageView}s. A message Carecast cannot read fails the whole read in fixed
 * words (never its text) rather than be handed over half-understood.
 */
final class ChatMessages {

	static final String MESSAGE_VIEW = "chat.bsky.convo.defs#messageView";

	/**
	 * The chat lexicon's byte limit for a message text (its 1,000 graphemes fit in it).
	 */
	static final int MAX_BYTES = 10_000;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~:-]{1,100}");

	private ChatMessages() {
	}

	static boolean validId(@Nullable String value) {
		return value != null && ID.matcher(value).matches();
	}

	/**
	 * Orders revisions. They are TIDs (sortable base32 of the time), so a longer one is
	 * newer and equal lengths compare as text.
	 */
	static int compareRevs(String a, String b) {
		return (a.length() != b.length()) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

	static @Nullable String rev(JsonNode node) {
		String rev = node.path("rev").stringValue(null);
		return validId(rev) ? rev : null;
	}

	static String convoId(JsonNode convo) {
		String id = convo.path("id").stringValue(null);
		if (!validId(id)) {
			throw unreadable("conversation");
		}
		return id;
	}

	/** A conversation's members by DID. */
	static Map<String, JsonNode> members(JsonNode convo) {
		Map<String, JsonNode> members = new HashMap<>();
		for (JsonNode member : convo.path("members")) {
			String did = member.path("did").stringValue("");
			if (!did.isEmpty()) {
				members.put(did, member);
			}
		}
		return members;
	}

	/** Whether the node is a message someone wrote (not a deleted or system one). */
	static boolean isMessage(JsonNode message) {
		if (message.isMissingNode() || message.isNull()) {
			return false;
		}
		String type = message.path("$type").stringValue("");
		return type.isEmpty() || MESSAGE_VIEW.equals(type);
	}

	/**
	 * The message as an inbound item, or empty when the account sent it.
	 * @throws TemporaryFailureException when a field Carecast needs is missing or the
	 * text is longer than the chat service allows
	 */
	static Optional<InboundItem> inbound(String accountDid, String convoId, Map<String, JsonNode> members,
			JsonNode message) {
		String sender = message.path("sender").path("did").stringValue("");
		String id = message.path("id").stringValue(null);
		Instant sentAt = instant(message.path("sentAt").stringValue(""));
		if (sender.isEmpty() || !validId(id) || rev(message) == null || sentAt == null) {
			throw unreadable("message");
		}
		if (sender.equals(accountDid)) {
			return Optional.empty();
		}
		String text = message.path("text").stringValue("");
		if (text.length() > MAX_BYTES || BlueskyText.utf8Length(text) > MAX_BYTES) {
			throw new TemporaryFailureException(ChannelNetwork.BLUESKY,
					"Bluesky sent a chat message longer than its chat service allows", null);
		}
		JsonNode member = members.getOrDefault(sender, MissingNode.getInstance());
		String handle = member.path("handle").stringValue("");
		String name = member.path("displayName").stringValue(null);
		return Optional.of(new InboundItem(remoteId(convoId, id), InboundKind.DIRECT_MESSAGE,
				(handle.isEmpty() || handle.length() > 253) ? sender : handle,
				(name != null && name.length() <= 300) ? name : null, text, sentAt, null, null, convoId, null));
	}

	/** Message ids are only promised unique within their conversation. */
	static String remoteId(String convoId, String messageId) {
		return convoId + ":" + messageId;
	}

	static @Nullable Instant instant(String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static TemporaryFailureException unreadable(String what) {
		return new TemporaryFailureException(ChannelNetwork.BLUESKY,
				"Bluesky sent a chat " + what + " Carecast could not read", null);
	}

}
