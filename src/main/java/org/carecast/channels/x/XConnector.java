package org.carecast.channels.x;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.oauth.LoginConnector;

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

}
