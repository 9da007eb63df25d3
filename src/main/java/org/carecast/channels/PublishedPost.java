package org.carecast.channels;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A post as the network stored it.
 *
 * @param remoteId the network's id, the one its delete and reply calls take (Bluesky: the
 * record's {@code at://} URI; LinkedIn: the post URN)
 * @param url the public link people open, where the network gives or implies one
 * @param publishedAt when the network says it was created (or when Carecast saw it
 * succeed, if the network does not say)
 * @param extra other values worth keeping (Mastodon {@code uri}, Bluesky {@code cid})
 */
public record PublishedPost(String remoteId, @Nullable URI url, Instant publishedAt, Map<String, String> extra) {

	public PublishedPost {
		extra = (extra != null) ? Map.copyOf(extra) : Map.of();
	}

}
