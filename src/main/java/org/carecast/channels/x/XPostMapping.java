package org.carecast.channels.x;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carecast.channels.ChannelSession;
import org.carecast.channels.PublishedPost;

/**
 * Turns a post id X returned into a {@link PublishedPost}: the public link is
 * {@code https://x.com/{username}/status/{id}}, or the username-free form when the handle
 * is unknown (platform-apis.md §3.2).
 */
final class XPostMapping {

	private XPostMapping() {
	}

	static PublishedPost published(ChannelSession session, String id, Instant createdAt) {
		String username = session.credentials().handle().replaceFirst("^@", "");
		String owner = username.matches("\\w{1,50}") ? username : "i/web";
		Map<String, String> extra = new LinkedHashMap<>();
		extra.put("userId", session.accountId());
		if (!owner.equals("i/web")) {
			extra.put("username", username);
		}
		return new PublishedPost(id, URI.create("https://x.com/" + owner + "/status/" + id), createdAt, extra);
	}

}
