package org.carecast.channels.linkedin;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.oauth.WebForms;
import tools.jackson.databind.JsonNode;

/**
 * Creates posts with {@code POST /rest/posts} and finds them again after an unknown
 * outcome (platform-apis.md §7.2, §7.4). The new post's URN comes only in the
 * {@code x-restli-id} header; the body is empty.
 *
 * <p>
 * The duplicate check first reads the author's latest posts ({@code q=author}, the Posts
 * API finder; it needs {@code r_organization_social} or, for members, the restricted
 * {@code r_member_social}). Where that read is refused, a text post is resent byte for
 * byte as the document prescribes: a 201 means the first attempt had failed, a 422
 * duplicate names the post it created. An image post cannot be resent identically (its
 * images get new URNs), so without the read it is reported as not found.
 */
final class LinkedInPosts {

	static final long CLOCK_SKEW_SECONDS = 60;

	private final LinkedInRequests requests;

	private final LinkedInErrors errors;

	private final Clock clock;

	LinkedInPosts(LinkedInRequests requests, LinkedInErrors errors, Clock clock) {
		this.requests = requests;
		this.errors = errors;
		this.clock = clock;
	}

	PublishedPost create(ChannelSession session, String author, String text, List<LinkedInBodies.Image> images) {
		Map<String, Object> body = LinkedInBodies.post(author, LittleText.escape(text), images);
		HttpResponse<byte[]> response = this.requests.http()
			.send(this.requests.postJson(session, "/rest/posts", body), this.errors, true);
		String urn = response.headers().firstValue("x-restli-id").orElse("");
		if (!LinkedInUrns.isPost(urn)) {
			throw new OutcomeUnknownException(ChannelNetwork.LINKEDIN, "LinkedIn accepted the post but did not name it",
					null);
		}
		return published(urn, author, this.clock.instant());
	}

	Optional<PublishedPost> find(ChannelSession session, String author, OutboundPost post, Instant notBefore) {
		JsonNode elements;
		try {
			elements = latest(session, author);
		}
		catch (RejectedException ex) {
			if (!ex.errorCode().equals("403")) {
				throw ex;
			}
			return post.media().isEmpty() ? resend(session, author, post.text()) : Optional.empty();
		}
		String commentary = LittleText.escape(post.text());
		Instant since = notBefore.minusSeconds(CLOCK_SKEW_SECONDS);
		for (JsonNode element : elements) {
			Instant created = Instant.ofEpochMilli(element.path("createdAt").asLong(0));
			String urn = element.path("id").asString("");
			if (LinkedInUrns.isPost(urn) && !created.isBefore(since)
					&& LittleText.same(commentary, element.path("commentary").asString(""))) {
				return Optional.of(published(urn, author, created));
			}
		}
		return Optional.empty();
	}

	/**
	 * The author's ten latest posts ({@code q=author}, newest first), as LinkedIn lists
	 * them.
	 */
	JsonNode latest(ChannelSession session, String author) {
		return this.requests.http()
			.safe(this.requests.get(session,
					"/rest/posts?author=" + WebForms.encode(author) + "&q=author&count=10&sortBy=LAST_MODIFIED"),
					this.errors)
			.path("elements");
	}

	private Optional<PublishedPost> resend(ChannelSession session, String author, String text) {
		try {
			return Optional.of(create(session, author, text, List.of()));
		}
		catch (RejectedException ex) {
			Optional<String> original = ex.duplicate() ? LinkedInErrors.duplicateOf(ex.getMessage()) : Optional.empty();
			if (original.isEmpty()) {
				throw ex;
			}
			return Optional.of(published(original.get(), author, this.clock.instant()));
		}
	}

	void delete(ChannelSession session, String urn) {
		try {
			this.requests.http()
				.send(this.requests.delete(session, "/rest/posts/" + WebForms.encode(urn)), this.errors, false);
		}
		catch (RejectedException ex) {
			if (!ex.errorCode().equals("404") && !ex.errorCode().equals("410")) {
				throw ex;
			}
		}
	}

	private static PublishedPost published(String urn, String author, Instant at) {
		return new PublishedPost(urn, LinkedInUrns.feedUrl(urn), at, Map.of("author", author));
	}

}
