package org.carecast.channels.bluesky;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;

/**
 * Reads post records back: our own by record key (the duplicate check of §2.4), the post
 * a reply answers (for its strong refs), and turns a record into a {@link PublishedPost}
 * with its {@code bsky.app} link.
 */
final class BlueskyRecords {

	private static final Pattern HANDLE = Pattern.compile("[a-zA-Z0-9.-]{1,253}");

	private final NetworkHttp http;

	private final XrpcRequests requests;

	private final Clock clock;

	BlueskyRecords(NetworkHttp http, XrpcRequests requests, Clock clock) {
		this.http = http;
		this.requests = requests;
		this.clock = clock;
	}

	/** The record at {@code uri}: {@code {uri, cid, value}}; empty on RecordNotFound. */
	Optional<JsonNode> find(ChannelSession session, AtUri uri) {
		ErrorNameCapture errors = new ErrorNameCapture();
		try {
			return Optional.of(this.http.safe(this.requests.query(session.endpoint(), "com.atproto.repo.getRecord",
					session.accessToken(), "repo", uri.did(), "collection", uri.collection(), "rkey", uri.rkey()),
					errors));
		}
		catch (RejectedException ex) {
			if (errors.saw("RecordNotFound")) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** Root and parent refs for a reply to {@code parent}, via the AppView. */
	ReplyRefs replyTo(ChannelSession session, AtUri parent) {
		JsonNode posts = this.http
			.safe(this.requests.query(session.endpoint(), "app.bsky.feed.getPosts", session.accessToken(), "uris",
					parent.toString()), new BlueskyErrorReader())
			.path("posts");
		JsonNode post = posts.path(0);
		String cid = post.path("cid").stringValue(null);
		if (!parent.toString().equals(post.path("uri").stringValue(null)) || cid == null) {
			throw new RejectedException(ChannelNetwork.BLUESKY, "reply_parent_gone",
					"The Bluesky post this replies to is gone", false);
		}
		JsonNode parentRef = this.http.json().createObjectNode().put("uri", parent.toString()).put("cid", cid);
		JsonNode root = post.path("record").path("reply").path("root");
		boolean hasRoot = root.path("uri").isString() && root.path("cid").isString();
		return new ReplyRefs(hasRoot ? root : parentRef, parentRef);
	}

	PublishedPost published(ChannelSession session, AtUri uri, String cid, Instant createdAt) {
		String handle = session.credentials().handle().replaceFirst("^@", "");
		String profile = HANDLE.matcher(handle).matches() ? handle : uri.did();
		return new PublishedPost(uri.toString(),
				URI.create("https://bsky.app/profile/" + profile + "/post/" + uri.rkey()), createdAt,
				Map.of("cid", cid, "rkey", uri.rkey(), "did", uri.did()));
	}

	PublishedPost published(ChannelSession session, AtUri uri, JsonNode record) {
		return published(session, uri, record.path("cid").stringValue(""), createdAt(record.path("value")));
	}

	Instant createdAt(JsonNode value) {
		try {
			return OffsetDateTime.parse(value.path("createdAt").stringValue("")).toInstant();
		}
		catch (DateTimeParseException ex) {
			return this.clock.instant();
		}
	}

}
