package org.carecast.channels.x;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.net.http.HttpRequest;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.oauth.LoginConnector;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A client of X API v2 (platform-apis.md §3): OAuth 2.0 with PKCE, posts with images and
 * alt text, replies, delete, and the duplicate check X needs because it keeps no
 * idempotency key. Quirks worth knowing: X answers an identical text with a 403 (mapped
 * to a duplicate rejection), rewrites links to {@code t.co}, and self-serve apps may
 * reply only where our account was mentioned or quoted.
 */
@Component
public final class XConnector extends LoginConnector {

	private final XRequests requests;

	private final XErrors errors = new XErrors();

	private final XOAuth oauth;

	private final XMediaUpload media;

	private final XPostLookup lookup;

	private final XMentions mentions;

	private final Clock clock;

	@Autowired
	public XConnector(Clock clock) {
		this(new NetworkHttp(ChannelNetwork.X), clock);
	}

	public XConnector(NetworkHttp http, Clock clock) {
		super(ChannelNetwork.X);
		this.requests = new XRequests(http);
		this.oauth = new XOAuth(this.requests, this.errors, clock);
		this.media = new XMediaUpload(this.requests, this.errors);
		this.lookup = new XPostLookup(this.requests, this.errors);
		this.mentions = new XMentions(this.requests, this.errors);
		this.clock = clock;
	}

	@Override
	protected ChannelLogin login() {
		return this.oauth;
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		List<String> mediaIds = post.media().stream().map((item) -> this.media.upload(session, item)).toList();
		String id = this.requests.http()
			.publish(this.requests.postJson(session, "/2/tweets", XTweetBody.of(post, mediaIds)), this.errors)
			.path("data")
			.path("id")
			.asString("");
		if (id.isEmpty()) {
			throw new OutcomeUnknownException(ChannelNetwork.X, "X accepted the post but did not return its id", null);
		}
		return XPostMapping.published(session, id, this.clock.instant());
	}

	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		return this.lookup.find(session, post, notBefore);
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		if (remoteId == null || !remoteId.matches("\\d{1,19}")) {
			throw new RejectedException(ChannelNetwork.X, "invalid_id", "That is not an X post id", false);
		}
		try {
			this.requests.http().send(this.requests.delete(session, "/2/tweets/" + remoteId), this.errors, false);
		}
		catch (RejectedException ex) {
			if (!ex.errorCode().equals("404")) {
				throw ex;
			}
		}
	}

	@Override
	public Set<InboundStream> inboundStreams() {
		return Set.of(InboundStream.MENTIONS);
	}

	@Override
	public InboundPage readInbound(ChannelSession session, InboundStream stream, @Nullable String cursor) {
		if (stream != InboundStream.MENTIONS) {
			return super.readInbound(session, stream, cursor);
		}
		return this.mentions.read(session, cursor);
	}

	/**
	 * Hides or shows a reply to one of the account's conversations ({@code PUT
	 * /2/tweets/:id/hidden}, scope {@code tweet.moderate.write}, platform-apis.md §3.1).
	 * X cannot delete other people's posts.
	 */
	@Override
	public ModerationOutcome hideComment(ChannelSession session, String remoteId, boolean hidden) {
		if (remoteId == null || !remoteId.matches("\\d{1,19}")) {
			return new ModerationOutcome.Failed("That is not an X post id.");
		}
		HttpRequest request = this.requests.bearer(session, "/2/tweets/" + remoteId + "/hidden")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"hidden\":" + hidden + "}"))
			.build();
		this.requests.http().safe(request, this.errors);
		return new ModerationOutcome.Done();
	}

	@Override
	public ModerationOutcome deleteComment(ChannelSession session, String remoteId) {
		return new ModerationOutcome.NotSupported(
				"X does not let an account delete other people's replies. Hide the reply instead, or report it on X.");
	}

	/**
	 * A direct message to the person ({@code POST
	 * /2/dm_conversations/with/{participant_id}/messages}, scope {@code dm.write},
	 * platform-apis.md §3.5); the conversation is the person's user id, as the webhook
	 * gives it.
	 */
	@Override
	public PublishedPost sendMessage(ChannelSession session, String conversationId, OutboundPost post) {
		if (conversationId == null || !conversationId.matches("\\d{1,19}")) {
			throw new RejectedException(ChannelNetwork.X, "invalid_recipient", "That is not an X user id", false);
		}
		String id = this.requests.http()
			.publish(this.requests.postJson(session, "/2/dm_conversations/with/" + conversationId + "/messages",
					java.util.Map.of("text", post.text())), this.errors)
			.path("data")
			.path("dm_event_id")
			.asString("");
		if (id.isEmpty()) {
			throw new OutcomeUnknownException(ChannelNetwork.X, "X accepted the message but did not return its id",
					null);
		}
		return new PublishedPost(id, null, this.clock.instant(), java.util.Map.of());
	}

}
