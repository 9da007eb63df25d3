package org.carecast.channels.bluesky;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelException;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bluesky (platform-apis.md §2), signed in with an app password. Every post is written
 * under a record key derived from its idempotency key ({@link RecordKeys}): a resend
 * targets the same key, the PDS cannot hold two values there, and when the create fails
 * because an earlier attempt already got through, the record found at that key is the
 * answer. So resending is itself the duplicate check.
 */
@Component
public final class BlueskyConnector implements ChannelConnector {

	private final NetworkHttp http;

	private final Clock clock;

	private final XrpcRequests requests;

	private final BlueskyErrorReader errors = new BlueskyErrorReader();

	private final BlueskySessions sessions;

	private final BlueskyFacets facets;

	private final BlueskyImages images;

	private final BlueskyRecords records;

	private final PostRecordBuilder builder;

	private final BlueskyNotifications notifications;

	private final BlueskyChat chat;

	private final ChatSender chatSender;

	@Autowired
	public BlueskyConnector(Clock clock) {
		this(new NetworkHttp(ChannelNetwork.BLUESKY), clock);
	}

	public BlueskyConnector(NetworkHttp http, Clock clock) {
		this.http = http;
		this.clock = clock;
		this.requests = new XrpcRequests(http);
		this.sessions = new BlueskySessions(http, this.requests, this.errors, clock);
		this.facets = new BlueskyFacets(http, this.requests);
		this.images = new BlueskyImages(http, this.requests, this.errors);
		this.records = new BlueskyRecords(http, this.requests, clock);
		this.builder = new PostRecordBuilder(http.json());
		this.notifications = new BlueskyNotifications(http, this.requests, this.errors);
		this.chat = new BlueskyChat(http, this.requests);
		this.chatSender = new ChatSender(http, this.requests, clock);
	}

	@Override
	public ChannelNetwork network() {
		return ChannelNetwork.BLUESKY;
	}

	@Override
	public boolean signsInWithAppPassword() {
		return true;
	}

	@Override
	public ChannelCredentials signIn(ChannelEndpoint endpoint, String identifier, String appPassword) {
		return this.sessions.signIn(endpoint, identifier, appPassword);
	}

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		throw new UnsupportedOperationException("Bluesky accounts connect with an app password, not OAuth");
	}

	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		throw new UnsupportedOperationException("Bluesky accounts connect with an app password, not OAuth");
	}

	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		return this.sessions.refresh(endpoint, credentials);
	}

	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		this.sessions.signOut(endpoint, credentials);
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		BlueskyText.check(post.text());
		this.images.check(post.media());
		AtUri target = AtUri.post(session.accountId(), RecordKeys.forPost(post.idempotencyKey()));
		ArrayNode textFacets = this.facets.facets(session, post.text());
		ReplyRefs reply = post.isReply() ? this.records.replyTo(session, AtUri.parse(post.replyToRemoteId())) : null;
		ArrayNode embedded = this.images.upload(session, post.media());
		Instant createdAt = this.clock.instant();
		ObjectNode record = this.builder.record(post.text(), createdAt, post.language(), textFacets, embedded, reply);
		try {
			JsonNode created = this.http.publish(this.requests.procedure(session.endpoint(),
					"com.atproto.repo.createRecord", session.accessToken(), this.builder.createRecord(target, record)),
					this.errors);
			return this.records.published(session, target, created.path("cid").stringValue(""), createdAt);
		}
		catch (RejectedException | OutcomeUnknownException ex) {
			// An earlier attempt may have written this key already: then that is the
			// post.
			return existing(session, target, ex).orElseThrow(() -> ex);
		}
	}

	private Optional<PublishedPost> existing(ChannelSession session, AtUri target, ChannelException failure) {
		try {
			return this.records.find(session, target).map((found) -> this.records.published(session, target, found));
		}
		catch (ChannelException ex) {
			failure.addSuppressed(ex);
			return Optional.empty();
		}
	}

	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		AtUri target = AtUri.post(session.accountId(), RecordKeys.forPost(post.idempotencyKey()));
		return this.records.find(session, target)
			.filter((found) -> post.text().equals(found.path("value").path("text").stringValue(null)))
			.filter((found) -> !this.records.createdAt(found.path("value")).isBefore(notBefore))
			.map((found) -> this.records.published(session, target, found));
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		AtUri uri = AtUri.parse(remoteId);
		if (!uri.did().equals(session.accountId()) || !AtUri.POST_COLLECTION.equals(uri.collection())) {
			throw new RejectedException(ChannelNetwork.BLUESKY, "not_own_post", "Not a post of this account", false);
		}
		ErrorNameCapture deleteErrors = new ErrorNameCapture();
		try {
			this.http.safe(
					this.requests.procedure(session.endpoint(), "com.atproto.repo.deleteRecord", session.accessToken(),
							this.http.json()
								.createObjectNode()
								.put("repo", uri.did())
								.put("collection", uri.collection())
								.put("rkey", uri.rkey())),
					deleteErrors);
		}
		catch (RejectedException ex) {
			if (!deleteErrors.saw("RecordNotFound")) {
				throw ex;
			}
			// Already gone, which is what the caller wanted.
		}
	}

	/** The record key (sandbox: the idempotency key) stays unique for good. */
	@Override
	public Duration idempotencyWindow() {
		return ChannelConnector.FOREVER;
	}

	@Override
	public Set<InboundStream> inboundStreams() {
		return Set.of(InboundStream.MENTIONS, InboundStream.DIRECT_MESSAGES);
	}

	@Override
	public InboundPage readInbound(ChannelSession session, InboundStream stream, @Nullable String cursor) {
		return switch (stream) {
			case MENTIONS -> this.notifications.read(session, cursor);
			case DIRECT_MESSAGES -> this.chat.read(session, cursor);
			case COMMENTS -> ChannelConnector.super.readInbound(session, stream, cursor);
		};
	}

	/**
	 * Bluesky's moderation is per viewer (mute, block, report) and thread gates; there is
	 * no call that hides or deletes someone else's reply for everyone.
	 */
	@Override
	public ModerationOutcome hideComment(ChannelSession session, String remoteId, boolean hidden) {
		return new ModerationOutcome.NotSupported("Bluesky does not let apps hide replies. "
				+ "Mute, block or report the author in the Bluesky app instead.");
	}

	/**
	 * A chat message into the conversation ({@code chat.bsky.convo.sendMessage}); needs
	 * an app password with direct-message access.
	 */
	@Override
	public PublishedPost sendMessage(ChannelSession session, String conversationId, OutboundPost post) {
		return this.chatSender.send(session, conversationId, post);
	}

	/**
	 * Chat messages have no client-chosen key: a resend after an unknown outcome could
	 * reach the person twice, so the caller must not resend on its own.
	 */
	@Override
	public Duration messageIdempotencyWindow() {
		return Duration.ZERO;
	}

}
