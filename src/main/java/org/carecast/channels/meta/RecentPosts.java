package org.carecast.channels.meta;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The duplicate check Meta leaves to apps: no network here keeps an idempotency key, so a
 * post counts as ours when a recent item of the account has the same text and was created
 * at or after the first attempt.
 *
 * @param textField where the listing keeps the text ({@code message}, {@code caption},
 * {@code text})
 * @param timeField where it keeps the creation time ({@code created_time},
 * {@code timestamp})
 */
public record RecentPosts(String textField, String timeField) {

	/**
	 * Carecast's clock and Meta's are not the same clock; a post stamped a little before
	 * the first attempt began is still that attempt's post.
	 */
	static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

	/** The first item of {@code listing.data} that is this text, created since then. */
	public Optional<JsonNode> find(JsonNode listing, String text, Instant notBefore) {
		String wanted = normalise(text);
		Instant earliest = notBefore.minus(CLOCK_SLACK);
		for (JsonNode item : listing.path("data")) {
			boolean sameText = normalise(item.path(this.textField).asString("")).equals(wanted);
			Optional<Instant> created = GraphTime.parse(item.path(this.timeField).asString(""));
			if (sameText && created.isPresent() && !created.get().isBefore(earliest)) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	/** Meta trims and turns CRLF into LF; so do we, before comparing. */
	static String normalise(String text) {
		return text.replace("\r\n", "\n").strip();
	}

}
