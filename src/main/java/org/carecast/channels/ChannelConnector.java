package org.carecast.channels;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.carecast.channels.internal.Networks;
import org.jspecify.annotations.Nullable;

/**
 * A client of one network's documented API. Implementations live in one package per
 * network ({@code channels.mastodon}, ...), are stateless and thread-safe, and throw only
 * {@link ChannelException}s, never the HTTP client's own exceptions. They do not retry on
 * their own: the caller applies the retry rules, because only it knows what was sent
 * before.
 */
public interface ChannelConnector {

	/**
	 * An idempotency window with no end (about a century, so date arithmetic is safe).
	 */
	Duration FOREVER = Duration.ofDays(36_500);

	ChannelNetwork network();

	/**
	 * The network's authorize URL to send the person's browser to.
	 */
	URI authorizationUrl(AuthorizationRequest request);

	/**
	 * Exchanges the code from the callback for tokens and finds out who the account is.
	 * @throws RejectedException when the code is invalid or used
	 */
	ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri, String codeVerifier);

	/**
	 * New credentials from the refresh token (or session refresh).
	 * @throws AuthorizationExpiredException when the network has no refresh for this
	 * account or refused it: the account must be reconnected
	 */
	ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials);

	/** Revokes the token at the network, where it allows that. */
	void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials);

	/**
	 * Publishes the post (uploading its media first) or, when it is a reply, replies.
	 * @throws OutcomeUnknownException when the publish call itself timed out or got a 5xx
	 */
	PublishedPost publish(ChannelSession session, OutboundPost post);

	/**
	 * The network's duplicate check after an unknown outcome: finds the post if it was
	 * created at or after {@code notBefore}, comparing its text (and idempotency key
	 * where the network keeps one).
	 */
	Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore);

	/** Deletes a published post. Deleting one that is already gone succeeds. */
	void delete(ChannelSession session, String remoteId);

	/**
	 * The endpoint for an account on {@code host} (a Mastodon instance, a Bluesky PDS),
	 * registering Carecast's app there where the network needs one registration per
	 * server; the caller caches the result. Networks with one fixed API return
	 * {@code configured} unchanged.
	 */
	default ChannelEndpoint endpointForHost(ChannelEndpoint configured, String host, URI redirectUri) {
		return configured;
	}

	/**
	 * Whether the account connects with an identifier and an app password (Bluesky)
	 * instead of the OAuth redirect.
	 */
	default boolean signsInWithAppPassword() {
		return false;
	}

	/**
	 * Starts a session with an identifier and app password, for networks where
	 * {@link #signsInWithAppPassword()}.
	 * @throws RejectedException when the network refuses the pair
	 */
	default ChannelCredentials signIn(ChannelEndpoint endpoint, String identifier, String appPassword) {
		throw new UnsupportedOperationException(network() + " connects through OAuth");
	}

	/**
	 * How long after the first attempt resending the very same publish request is itself
	 * the duplicate check: Mastodon remembers an {@code Idempotency-Key} for an hour,
	 * Bluesky's client-chosen record key for good. Zero where the network has neither, so
	 * every later attempt runs {@link #findPublished} first.
	 */
	default Duration idempotencyWindow() {
		return Duration.ZERO;
	}

	/**
	 * The same as {@link #idempotencyWindow()} for {@link #sendMessage}, where a
	 * network's chat API may keep no key although its posts do (Bluesky: a post's record
	 * key is unique for good, a chat message has nothing of the kind).
	 */
	default Duration messageIdempotencyWindow() {
		return idempotencyWindow();
	}

	/** Whether the network honours resends at all ({@link #idempotencyWindow()}). */
	default boolean resendIsIdempotent() {
		return !idempotencyWindow().isZero();
	}

	/** The inbound streams this connector can be polled for; empty where none. */
	default Set<InboundStream> inboundStreams() {
		return Set.of();
	}

	/**
	 * Reads what arrived on {@code stream} after {@code cursor}. A null cursor is the
	 * first read: it returns only the latest page and a cursor to go on from, never the
	 * account's whole history. Items already seen may come again; none after the cursor
	 * is left out.
	 * @throws RejectedException when the connector does not offer the stream
	 */
	default InboundPage readInbound(ChannelSession session, InboundStream stream, @Nullable String cursor) {
		throw new RejectedException(network(), "stream_unsupported",
				Networks.label(network()) + " does not let Carecast read its "
						+ stream.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".",
				false);
	}

	/**
	 * Hides ({@code hidden}) or shows again a comment on the account's posts.
	 * @return {@link ModerationOutcome.NotSupported} where the network's API cannot
	 */
	default ModerationOutcome hideComment(ChannelSession session, String remoteId, boolean hidden) {
		return new ModerationOutcome.NotSupported(
				Networks.label(network()) + " does not let apps hide comments. Use the network's own app to do it.");
	}

	/**
	 * Deletes someone else's comment on the account's posts.
	 * @return {@link ModerationOutcome.NotSupported} where the network's API cannot
	 */
	default ModerationOutcome deleteComment(ChannelSession session, String remoteId) {
		return new ModerationOutcome.NotSupported(Networks.label(network())
				+ " does not let apps delete other people's comments. Use the network's own app to do it.");
	}

	/**
	 * Sends a direct message into a conversation (for Messenger and Instagram: to the
	 * person's page-scoped id, which is what {@link InboundItem#conversationId()} holds).
	 * @throws RejectedException where the network does not let apps send direct messages,
	 * or refuses this one (for example outside its reply window)
	 */
	default PublishedPost sendMessage(ChannelSession session, String conversationId, OutboundPost post) {
		throw new RejectedException(network(), "dm_unsupported",
				Networks.label(network()) + " does not let apps send direct messages.", false);
	}

}
