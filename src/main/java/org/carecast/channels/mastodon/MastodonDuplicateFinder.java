package org.carecast.channels.mastodon;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Mastodon's duplicate check for when the idempotency key's hour has passed
 * (platform-apis.md §1.4): walk the account's own recent statuses, newest first, and
 * compare each one's plain-text source with the post. Statuses come back as sanitized
 * HTML, so only {@code /source} gives a fair comparison.
 */
final class MastodonDuplicateFinder {

	private static final int MAX_PAGES = 5;

	private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*+)>\\s*+;\\s*+rel=\"next\"");

	private static final Pattern MAX_ID = Pattern.compile("[?&]max_id=([A-Za-z0-9_-]{1,64}+)(?:&|$)");

	private final NetworkHttp http;

	private final MastodonRequests requests;

	private final MastodonErrorReader errors;

	private final MastodonStatusReader statuses;

	MastodonDuplicateFinder(NetworkHttp http, MastodonRequests requests, MastodonErrorReader errors,
			MastodonStatusReader statuses) {
		this.http = http;
		this.requests = requests;
		this.errors = errors;
		this.statuses = statuses;
	}

	Optional<PublishedPost> find(ChannelSession session, OutboundPost post, Instant notBefore) {
		String accountId = MastodonRequests.id(session.accountId());
		String maxId = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			String path = "/api/v1/accounts/" + accountId + "/statuses?limit=20&exclude_reblogs=true"
					+ ((maxId != null) ? "&max_id=" + maxId : "");
			HttpResponse<byte[]> response = this.http
				.send(this.requests.get(session.endpoint(), path, session.accessToken()), this.errors, false);
			for (JsonNode status : this.http.parse(response)) {
				Instant createdAt = MastodonStatusReader.createdAt(status);
				if (createdAt == null || createdAt.isBefore(notBefore)) {
					// Newest first: everything after this one is older still.
					return Optional.empty();
				}
				if (couldBe(status, post) && sameText(session, status, post)) {
					return Optional.of(this.statuses.toPublished(status));
				}
			}
			maxId = nextMaxId(response);
			if (maxId == null) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static boolean couldBe(JsonNode status, OutboundPost post) {
		return Objects.equals(status.path("in_reply_to_id").stringValue(null), post.replyToRemoteId())
				&& status.path("media_attachments").size() == post.media().size();
	}

	private boolean sameText(ChannelSession session, JsonNode status, OutboundPost post) {
		String id = MastodonRequests.id(status.path("id").stringValue(null));
		JsonNode source = this.http.safe(
				this.requests.get(session.endpoint(), "/api/v1/statuses/" + id + "/source", session.accessToken()),
				this.errors);
		return normalize(source.path("text").stringValue("")).equals(normalize(post.text()));
	}

	private static String normalize(String text) {
		return text.replace("\r\n", "\n").strip();
	}

	private static @Nullable String nextMaxId(HttpResponse<byte[]> response) {
		for (String link : response.headers().allValues("Link")) {
			Matcher next = NEXT_LINK.matcher(link);
			if (next.find()) {
				Matcher maxId = MAX_ID.matcher(next.group(1));
				return maxId.find() ? maxId.group(1) : null;
			}
		}
		return null;
	}

}
