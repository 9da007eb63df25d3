package org.carecast.channels.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;

/**
 * A connector seen through one conversation: its "publish" sends a direct message there,
 * so that {@link PublishAttempt} applies the same retry rules to messages as to posts. No
 * network lets Carecast look a sent message up, so after an unknown outcome the duplicate
 * check refuses rather than risk sending the person the same message twice.
 */
public final class DirectMessageConnector implements ChannelConnector {

	private final ChannelConnector connector;

	private final String conversationId;

	public DirectMessageConnector(ChannelConnector connector, String conversationId) {
		this.connector = connector;
		this.conversationId = conversationId;
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		return this.connector.sendMessage(session, this.conversationId, post);
	}

	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		if (!this.connector.messageIdempotencyWindow().isZero()) {
			return this.connector.findPublished(session, post, notBefore);
		}
		throw new RejectedException(network(), "message_unknown",
				"Carecast cannot tell whether the earlier attempt " + "reached the person. Check the conversation on "
						+ Networks.label(network()) + " before sending again.",
				false);
	}

	@Override
	public Duration idempotencyWindow() {
		return this.connector.messageIdempotencyWindow();
	}

	@Override
	public ChannelNetwork network() {
		return this.connector.network();
	}

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		return this.connector.authorizationUrl(request);
	}

	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		return this.connector.exchangeCode(endpoint, code, redirectUri, codeVerifier);
	}

	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		return this.connector.refresh(endpoint, credentials);
	}

	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		this.connector.revoke(endpoint, credentials);
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		this.connector.delete(session, remoteId);
	}

}
