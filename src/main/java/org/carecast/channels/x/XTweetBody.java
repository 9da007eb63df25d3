package org.carecast.channels.x;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carecast.channels.OutboundPost;

/**
 * The JSON body of {@code POST /2/tweets} (platform-apis.md §3.2). X rejects unknown
 * fields, so only {@code text}, {@code media} and {@code reply} are ever sent; the text
 * goes as written because the guardrail has already checked it against X's rules.
 */
final class XTweetBody {

	private XTweetBody() {
	}

	static Map<String, Object> of(OutboundPost post, List<String> mediaIds) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text", post.text());
		if (!mediaIds.isEmpty()) {
			body.put("media", Map.of("media_ids", mediaIds));
		}
		if (post.isReply()) {
			body.put("reply", Map.of("in_reply_to_tweet_id", post.replyToRemoteId()));
		}
		return body;
	}

}
