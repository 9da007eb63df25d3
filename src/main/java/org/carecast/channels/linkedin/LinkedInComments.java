package org.carecast.channels.linkedin;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
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
 * Replies on LinkedIn are comments (platform-apis.md §7.2, §7.5): on a post, or under a
 * comment with {@code parentComment}. The duplicate check reads the comments back and
 * looks for ours; reading comments on a member's post needs the restricted
 * {@code r_member_social}, and a refusal is passed on rather than guessed at.
 */
final class LinkedInComments {

	private final LinkedInRequests requests;

	private final LinkedInErrors errors;

	private final Clock clock;

	LinkedInComments(LinkedInRequests requests, LinkedInErrors errors, Clock clock) {
		this.requests = requests;
		this.errors = errors;
		this.clock = clock;
	}

	PublishedPost reply(ChannelSession session, String actor, OutboundPost post) {
		String target = post.replyToRemoteId();
		String parent = LinkedInUrns.isComment(target) ? target : null;
		String object = (parent != null) ? LinkedInUrns.commentedObject(parent) : commentable(target);
		Map<String, Object> body = LinkedInBodies.comment(actor, object, LittleText.escape(post.text()), parent);
		HttpResponse<byte[]> response = this.requests.http()
			.send(this.requests.postJson(session, path(object), body), this.errors, true);
		JsonNode created = this.requests.http().parse(response);
		String urn = commentUrn(created).orElseGet(() -> response.headers().firstValue("x-restli-id").orElse(""));
		if (!LinkedInUrns.isComment(urn)) {
			throw new OutcomeUnknownException(ChannelNetwork.LINKEDIN,
					"LinkedIn accepted the comment but did not name it", null);
		}
		long time = created.path("created").path("time").asLong(0);
		return published(urn, object, (time > 0) ? Instant.ofEpochMilli(time) : this.clock.instant());
	}

	Optional<PublishedPost> find(ChannelSession session, String actor, OutboundPost post, Instant notBefore) {
		String target = post.replyToRemoteId();
		String listed = LinkedInUrns.isComment(target) ? target : commentable(target);
		String object = LinkedInUrns.isComment(target) ? LinkedInUrns.commentedObject(target) : target;
		JsonNode elements = this.requests.http()
			.safe(this.requests.get(session, path(listed) + "?start=0&count=50"), this.errors)
			.path("elements");
		String text = LittleText.escape(post.text());
		Instant since = notBefore.minusSeconds(LinkedInPosts.CLOCK_SKEW_SECONDS);
		for (JsonNode element : elements) {
			Instant created = Instant.ofEpochMilli(element.path("created").path("time").asLong(0));
			Optional<String> urn = commentUrn(element);
			if (urn.isPresent() && actor.equals(element.path("actor").asString("")) && !created.isBefore(since)
					&& LittleText.same(text, element.path("message").path("text").asString(""))) {
				return Optional.of(published(urn.get(), object, created));
			}
		}
		return Optional.empty();
	}

	private static String commentable(String target) {
		if (!LinkedInUrns.isCommentable(target)) {
			throw new RejectedException(ChannelNetwork.LINKEDIN, "invalid_target",
					"LinkedIn replies must answer a LinkedIn post or comment", false);
		}
		return target;
	}

	private static String path(String urn) {
		return "/rest/socialActions/" + WebForms.encode(urn) + "/comments";
	}

	static Optional<String> commentUrn(JsonNode comment) {
		for (String field : new String[] { "commentUrn", "$URN" }) {
			String value = comment.path(field).asString("");
			if (LinkedInUrns.isComment(value)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	private static PublishedPost published(String urn, String object, Instant at) {
		return new PublishedPost(urn, LinkedInUrns.feedUrl(object), at, Map.of("object", object));
	}

}
