package org.carecast.channels.internal;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;

/**
 * A connector that answers publish and find calls from a script and records what it was
 * sent, for the retry-rule tests. Refresh is handled by the (mocked) sessions.
 */
final class ScriptedConnector implements ChannelConnector {

	final Deque<Object> publishAnswers = new ArrayDeque<>();

	final Deque<Object> findAnswers = new ArrayDeque<>();

	final List<String> publishTokens = new ArrayList<>();

	final List<Instant> findNotBefore = new ArrayList<>();

	private final boolean idempotent;

	ScriptedConnector(boolean idempotent) {
		this.idempotent = idempotent;
	}

	ScriptedConnector publishes(Object... answers) {
		this.publishAnswers.addAll(List.of(answers));
		return this;
	}

	ScriptedConnector finds(Object... answers) {
		this.findAnswers.addAll(List.of(answers));
		return this;
	}

	@Override
	public ChannelNetwork network() {
		return ChannelNetwork.MASTODON;
	}

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		throw new UnsupportedOperationException("the sessions refresh in these tests");
	}

	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		this.publishTokens.add(session.accessToken());
		Object answer = this.publishAnswers.removeFirst();
		if (answer instanceof ChannelException ex) {
			throw ex;
		}
		return (PublishedPost) answer;
	}

	@SuppressWarnings("unchecked")
	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		this.findNotBefore.add(notBefore);
		Object answer = this.findAnswers.removeFirst();
		if (answer instanceof ChannelException ex) {
			throw ex;
		}
		return (Optional<PublishedPost>) answer;
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
	}

	@Override
	public java.time.Duration idempotencyWindow() {
		return this.idempotent ? java.time.Duration.ofHours(1) : java.time.Duration.ZERO;
	}

}
