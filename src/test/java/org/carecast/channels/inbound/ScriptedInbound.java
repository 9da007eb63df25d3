package org.carecast.channels.inbound;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.sandbox.SandboxConnector;

/**
 * The sandbox connector with a scripted mentions stream: each cursor has its page (or its
 * failure), and every read is recorded. Connecting, refreshing and publishing stay the
 * real sandbox's.
 */
final class ScriptedInbound implements ChannelConnector {

	static final String START = "<start>";

	private final SandboxConnector sandbox;

	final Map<String, Deque<Object>> answers = Collections.synchronizedMap(new HashMap<>());

	final List<String> reads = Collections.synchronizedList(new ArrayList<>());

	ScriptedInbound(SandboxConnector sandbox) {
		this.sandbox = sandbox;
	}

	void reset() {
		this.answers.clear();
		this.reads.clear();
	}

	/** What reading from {@code cursor} answers, in turn; the last answer repeats. */
	void answer(String cursor, Object... pagesOrExceptions) {
		this.answers.put(cursor, new ArrayDeque<>(List.of(pagesOrExceptions)));
	}

	@Override
	public Set<InboundStream> inboundStreams() {
		return Set.of(InboundStream.MENTIONS);
	}

	@Override
	public InboundPage readInbound(ChannelSession session, InboundStream stream, String cursor) {
		String key = (cursor != null) ? cursor : START;
		this.reads.add(key);
		Deque<Object> script = this.answers.get(key);
		if (script == null || script.isEmpty()) {
			return InboundPage.empty(cursor);
		}
		Object answer = (script.size() > 1) ? script.poll() : script.peek();
		if (answer instanceof RuntimeException ex) {
			throw ex;
		}
		return (InboundPage) answer;
	}

	@Override
	public ChannelNetwork network() {
		return this.sandbox.network();
	}

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		return this.sandbox.authorizationUrl(request);
	}

	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		return this.sandbox.exchangeCode(endpoint, code, redirectUri, codeVerifier);
	}

	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		return this.sandbox.refresh(endpoint, credentials);
	}

	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		this.sandbox.revoke(endpoint, credentials);
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		return this.sandbox.publish(session, post);
	}

	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		return this.sandbox.findPublished(session, post, notBefore);
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		this.sandbox.delete(session, remoteId);
	}

	@Override
	public Duration idempotencyWindow() {
		return this.sandbox.idempotencyWindow();
	}

}
