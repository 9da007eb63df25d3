package org.carecast.channels.x;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.oauth.WebForms;
import tools.jackson.databind.JsonNode;

/**
 * X's duplicate check (platform-apis.md §3.4): X keeps no idempotency key, so after a
 * timeout, a 5xx or a duplicate-content 403, the account's latest posts since a minute
 * before the attempt are read and one with the same text is taken as the post.
 */
final class XPostLookup {

	/** X's clock and ours differ a little; the document allows a minute. */
	static final long CLOCK_SKEW_SECONDS = 60;

	private final XRequests requests;

	private final XErrors errors;

	XPostLookup(XRequests requests, XErrors errors) {
		this.requests = requests;
		this.errors = errors;
	}

	Optional<PublishedPost> find(ChannelSession session, OutboundPost post, Instant notBefore) {
		String userId = session.accountId();
		if (!userId.matches("\\d{1,19}")) {
			throw new RejectedException(ChannelNetwork.X, "invalid_account", "The X account id is not valid", false);
		}
		Instant since = notBefore.minusSeconds(CLOCK_SKEW_SECONDS).truncatedTo(ChronoUnit.SECONDS);
		String query = "/2/users/" + userId + "/tweets?max_results=5&tweet.fields=created_at,text&start_time="
				+ WebForms.encode(since.toString());
		JsonNode data = this.requests.http().safe(this.requests.get(session, query), this.errors).path("data");
		for (JsonNode tweet : data) {
			Optional<Instant> created = createdAt(tweet);
			if (created.isPresent() && !created.get().isBefore(since)
					&& XTextMatch.same(post.text(), tweet.path("text").asString(""))) {
				return Optional.of(XPostMapping.published(session, tweet.path("id").asString(), created.get()));
			}
		}
		return Optional.empty();
	}

	private static Optional<Instant> createdAt(JsonNode tweet) {
		try {
			return Optional.of(Instant.parse(tweet.path("created_at").asString("")));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
