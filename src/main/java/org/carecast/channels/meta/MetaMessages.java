package org.carecast.channels.meta;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import tools.jackson.databind.JsonNode;

/**
 * Sends a direct message through Messenger or Instagram Messaging: {@code POST
 * /{id}/messages} with the person's page-scoped id as the recipient. Both only let a
 * business answer within 24 hours of the person's last message and refuse later ones with
 * code 10 (subcode 2018278), which is turned into plain words here.
 */
public final class MetaMessages {

	static final String OUTSIDE_WINDOW = "10";

	private MetaMessages() {
	}

	public static PublishedPost send(MetaGraph graph, ChannelSession session, String recipient, OutboundPost post,
			Map<String, Object> extra) {
		if (recipient == null || !recipient.matches("[0-9]{1,30}")) {
			throw new RejectedException(graph.network(), "invalid_recipient",
					"That is not a " + MetaGraph.label(graph.network()) + " conversation Carecast can answer.", false);
		}
		if (post.text().isBlank()) {
			throw new RejectedException(graph.network(), "empty", "A message needs text.", false);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("recipient", Map.of("id", recipient));
		body.putAll(extra);
		body.put("message", Map.of("text", post.text()));
		URI uri = graph.api(session.endpoint(), "/" + session.accountId() + "/messages", Map.of());
		JsonNode answer;
		try {
			answer = graph.send(graph.json(uri, session.accessToken(), body), true,
					java.util.List.of(session.accessToken()));
		}
		catch (RejectedException ex) {
			if (OUTSIDE_WINDOW.equals(ex.errorCode())) {
				throw new RejectedException(graph.network(), "outside_window", MetaGraph.label(graph.network())
						+ " lets a business answer a message only within 24 hours of the person's last message. "
						+ "Answer in " + MetaGraph.label(graph.network()) + "'s own inbox instead.", false);
			}
			throw ex;
		}
		String id = answer.path("message_id").asString("");
		return new PublishedPost(id.isBlank() ? answer.path("recipient_id").asString("") : id, null,
				graph.clock().instant(), Map.of());
	}

}
