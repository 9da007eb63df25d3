package org.carecast.channels.bluesky;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends Bluesky chat messages ({@code chat.bsky.convo.sendMessage}, platform-apis.md
 * §2.5) through the PDS's chat proxy.
 */
final class ChatSender {

	static final int MAX_GRAPHEMES = 1000;

	private final NetworkHttp http;

	private final XrpcRequests requests;

	private final ChatErrorReader errors = new ChatErrorReader();

	private final Clock clock;

	ChatSender(NetworkHttp http, XrpcRequests requests, Clock clock) {
		this.http = http;
		this.requests = requests;
		this.clock = clock;
	}

	/**
	 * Sends a text message into the conversation. The chat service keeps no idempotency
	 * key, so a resend after an unknown outcome could reach the person twice: the
	 * connector declares no message idempotency window, and the caller refuses to resend.
	 */
	PublishedPost send(ChannelSession session, String conversationId, OutboundPost post) {
		if (!ChatMessages.validId(conversationId)) {
			throw new RejectedException(ChannelNetwork.BLUESKY, "invalid_conversation",
					"That is not a Bluesky conversation id", false);
		}
		if (!post.media().isEmpty() || post.text().isBlank()) {
			throw new RejectedException(ChannelNetwork.BLUESKY, "text_only",
					"Bluesky chat messages from Carecast carry text only, and the text must not be empty", false);
		}
		if (BlueskyText.utf8Length(post.text()) > ChatMessages.MAX_BYTES
				|| BlueskyText.graphemes(post.text()) > MAX_GRAPHEMES) {
			throw new RejectedException(ChannelNetwork.BLUESKY, "text_too_long",
					"The message is longer than Bluesky chat allows (1,000 characters, 10,000 bytes)", false);
		}
		ObjectNode body = this.http.json().createObjectNode().put("convoId", conversationId);
		body.putObject("message").put("text", post.text());
		JsonNode sent = this.http.publish(this.requests.chatProcedure(session.endpoint(), "chat.bsky.convo.sendMessage",
				session.accessToken(), body), this.errors);
		String id = sent.path("id").stringValue(null);
		if (!ChatMessages.validId(id)) {
			throw new OutcomeUnknownException(ChannelNetwork.BLUESKY,
					"Bluesky accepted the message but did not return its id", null);
		}
		Instant sentAt = ChatMessages.instant(sent.path("sentAt").stringValue(""));
		return new PublishedPost(ChatMessages.remoteId(conversationId, id), null,
				(sentAt != null) ? sentAt : this.clock.instant(), Map.of());
	}

}
