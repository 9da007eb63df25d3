package org.carecast.channels.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.carecast.channels.PublishedPost;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Turns Mastodon's Status entity into a {@link PublishedPost}, keeping what §1.2 says to
 * store: the instance-local id, the global ActivityPub {@code uri}, the human
 * {@code url}, {@code created_at} and the visibility.
 */
final class MastodonStatusReader {

	private final Clock clock;

	MastodonStatusReader(Clock clock) {
		this.clock = clock;
	}

	PublishedPost toPublished(JsonNode status) {
		String id = MastodonRequests.id(status.path("id").stringValue(null));
		Map<String, String> extra = new HashMap<>();
		putIfPresent(extra, "uri", status.path("uri").stringValue(null));
		putIfPresent(extra, "visibility", status.path("visibility").stringValue(null));
		Instant createdAt = createdAt(status);
		return new PublishedPost(id, webUrl(status.path("url").stringValue(null)),
				(createdAt != null) ? createdAt : this.clock.instant(), extra);
	}

	static @Nullable Instant createdAt(JsonNode status) {
		String value = status.path("created_at").stringValue(null);
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static @Nullable URI webUrl(@Nullable String value) {
		if (value == null || !(value.startsWith("https://") || value.startsWith("http://"))) {
			return null;
		}
		try {
			return URI.create(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
