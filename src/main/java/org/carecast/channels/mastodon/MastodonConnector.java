package org.carecast.channels.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.oauth.LoginConnector;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Mastodon (platform-apis.md §1). Each account lives on its own instance, so the endpoint
 * is per instance and comes from {@link #endpointForHost}. Statuses carry the post's
 * {@code Idempotency-Key}, which the instance honours for an hour: resending the same
 * request is the recovery after a timeout, and {@link #findPublished} covers the rest.
 */
@Component
public final class MastodonConnector extends LoginConnector {

	private final NetworkHttp http;

	private final MastodonRequests requests;

	private final MastodonErrorReader errors = new MastodonErrorReader();

	private final MastodonStatusReader statuses;

	private final MastodonOAuth oauth;

	private final MastodonMediaUploader media;

	private final MastodonDuplicateFinder duplicates;

	private final MastodonInbound inbound;

	@Autowired
	public MastodonConnector(Clock clock) {
		this(new NetworkHttp(ChannelNetwork.MASTODON), clock);
	}

	public MastodonConnector(NetworkHttp http, Clock clock) {
		super(ChannelNetwork.MASTODON);
		this.http = http;
		this.requests = new MastodonRequests(http);
		this.statuses = new MastodonStatusReader(clock);
		this.oauth = new MastodonOAuth(http, this.requests, this.errors);
		this.media = new MastodonMediaUploader(http, this.requests, this.errors, Duration.ofMillis(250));
		this.duplicates = new MastodonDuplicateFinder(http, this.requests, this.errors, this.statuses);
		this.inbound = new MastodonInbound(http, this.requests, this.errors);
	}

	@Override
	protected ChannelLogin login() {
		return this.oauth;
	}

	@Override
	public ChannelEndpoint endpointForHost(ChannelEndpoint configured, String host, URI redirectUri) {
		return this.oauth.register(configured, host, redirectUri);
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		List<String> mediaIds = post.media().stream().map((item) -> this.media.upload(session, item)).toList();
		ObjectNode body = this.http.json().createObjectNode();
		body.put("status", post.text());
		body.put("visibility", "public");
		if (post.language() != null) {
			body.put("language", post.language());
		}
		if (post.replyToRemoteId() != null) {
			body.put("in_reply_to_id", MastodonRequests.id(post.replyToRemoteId()));
		}
		if (!mediaIds.isEmpty()) {
			ArrayNode ids = body.putArray("media_ids");
			mediaIds.forEach(ids::add);
		}
		JsonNode status = this.http.publish(this.requests.postJson(session.endpoint(), "/api/v1/statuses",
				session.accessToken(), this.http.toJson(body), post.idempotencyKey().toString()), this.errors);
		return this.statuses.toPublished(status);
	}

	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		return this.duplicates.find(session, post, notBefore);
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		String path = "/api/v1/statuses/" + MastodonRequests.id(remoteId);
		try {
			this.http.safe(this.requests.delete(session.endpoint(), path, session.accessToken()), this.errors);
		}
		catch (RejectedException ex) {
			if (!"404".equals(ex.errorCode())) {
				throw ex;
			}
			// Already gone, which is what the caller wanted.
		}
	}

	/**
	 * Mastodon keeps a key for 3,600 s; five minutes are left for clocks and the request
	 * in flight, after which the duplicate check runs instead.
	 */
	@Override
	public Duration idempotencyWindow() {
		return Duration.ofMinutes(55);
	}

	/**
	 * Mention notifications carry replies, mentions and direct messages; reading them
	 * once covers all three.
	 */
	@Override
	public Set<InboundStream> inboundStreams() {
		return Set.of(InboundStream.MENTIONS);
	}

	@Override
	public InboundPage readInbound(ChannelSession session, InboundStream stream, @Nullable String cursor) {
		if (stream != InboundStream.MENTIONS) {
			return super.readInbound(session, stream, cursor);
		}
		return this.inbound.read(session, cursor);
	}

	/**
	 * Mastodon's API deletes only the account's own statuses; other people's replies are
	 * the instance moderators' business.
	 */
	@Override
	public ModerationOutcome deleteComment(ChannelSession session, String remoteId) {
		return new ModerationOutcome.NotSupported("Mastodon lets an account delete only its own posts. "
				+ "Use the Mastodon moderation tools (mute, block or report) for other people's replies.");
	}

	@Override
	public ModerationOutcome hideComment(ChannelSession session, String remoteId, boolean hidden) {
		return new ModerationOutcome.NotSupported("Mastodon cannot hide a reply from others. "
				+ "Use the Mastodon moderation tools (mute, block or report) instead.");
	}

	/**
	 * A direct answer is a status with {@code visibility=direct} in reply to the person's
	 * message, naming them (platform-apis.md §1.5: a direct status reaches only the
	 * accounts it mentions). The conversation is the message's status id; the person's
	 * address is read from it.
	 */
	@Override
	public PublishedPost sendMessage(ChannelSession session, String conversationId, OutboundPost post) {
		JsonNode original = this.http.safe(this.requests.get(session.endpoint(),
				"/api/v1/statuses/" + MastodonRequests.id(conversationId), session.accessToken()), this.errors);
		String acct = original.path("account").path("acct").stringValue("");
		if (!acct.matches("[A-Za-z0-9_.@-]{1,300}")) {
			throw new RejectedException(network(), "no_recipient", "Mastodon did not say who wrote that message",
					false);
		}
		String mention = "@" + acct;
		ObjectNode body = this.http.json().createObjectNode();
		body.put("status", post.text().contains(mention) ? post.text() : mention + " " + post.text());
		body.put("visibility", "direct");
		body.put("in_reply_to_id", MastodonRequests.id(conversationId));
		JsonNode status = this.http.publish(this.requests.postJson(session.endpoint(), "/api/v1/statuses",
				session.accessToken(), this.http.toJson(body), post.idempotencyKey().toString()), this.errors);
		return this.statuses.toPublished(status);
	}

}
