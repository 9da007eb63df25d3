package org.carecast.channels.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.internal.Pkce;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Stand-ins for a Mastodon server and Bluesky that behave as their documented OAuth and
 * app-password flows do, placed ahead of any real connector for the same network.
 */
@TestConfiguration(proxyBeanMethods = false)
class ScriptedOAuthConnectors {

	static final String MASTODON_TOKEN = "mastodon-access-7f3c9e1b";

	static final String GOOD_CODE = "good-code-2b8d";

	static final String BLUESKY_APP_PASSWORD = "abcd-efgh-ijkl-mnop";

	static final String BLUESKY_JWT = "eyJ-bluesky-access-jwt";

	@Bean
	FakeMastodon fakeMastodon() {
		return new FakeMastodon();
	}

	@Bean
	FakeBluesky fakeBluesky() {
		return new FakeBluesky();
	}

	abstract static class Base implements ChannelConnector, Ordered {

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
			throw new UnsupportedOperationException();
		}

		@Override
		public PublishedPost publish(ChannelSession session, OutboundPost post) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
			return Optional.empty();
		}

		@Override
		public void delete(ChannelSession session, String remoteId) {
		}

	}

	/** A Mastodon server: one app registration per server, OAuth with PKCE S256. */
	static final class FakeMastodon extends Base {

		final AtomicInteger registrations = new AtomicInteger();

		final Map<String, String> challengeByState = new ConcurrentHashMap<>();

		final List<String> revokedTokens = new CopyOnWriteArrayList<>();

		@Override
		public ChannelNetwork network() {
			return ChannelNetwork.MASTODON;
		}

		@Override
		public ChannelEndpoint endpointForHost(ChannelEndpoint configured, String host, URI redirectUri) {
			this.registrations.incrementAndGet();
			return new ChannelEndpoint(URI.create("https://" + host), "", "client-" + host, "app-secret-" + host);
		}

		@Override
		public URI authorizationUrl(AuthorizationRequest request) {
			this.challengeByState.put(request.state(), request.codeChallenge());
			return UriComponentsBuilder.fromUri(request.endpoint().resolve("/oauth/authorize"))
				.queryParam("response_type", "code")
				.queryParam("client_id", request.endpoint().clientId())
				.queryParam("redirect_uri", request.redirectUri())
				.queryParam("state", request.state())
				.queryParam("code_challenge", request.codeChallenge())
				.queryParam("code_challenge_method", "S256")
				.encode()
				.build()
				.toUri();
		}

		@Override
		public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
				String codeVerifier) {
			String host = endpoint.baseUrl().getHost();
			if (!GOOD_CODE.equals(code) || !("app-secret-" + host).equals(endpoint.clientSecret())
					|| !this.challengeByState.containsValue(Pkce.challengeOf(codeVerifier))
					|| !redirectUri.toString().endsWith("/channels/callback/mastodon")) {
				throw new RejectedException(network(), "400", "The authorization code is invalid or was used already.",
						false);
			}
			return new ChannelCredentials(MASTODON_TOKEN, null, null, "109", "@clinic@" + host, Map.of());
		}

		@Override
		public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
			this.revokedTokens.add(credentials.accessToken());
		}

	}

	/** Bluesky: an identifier and an app password start a session. */
	static final class FakeBluesky extends Base {

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
			if (!BLUESKY_APP_PASSWORD.equals(appPassword)) {
				throw new RejectedException(network(), "401", "Invalid identifier or password", false);
			}
			return new ChannelCredentials(BLUESKY_JWT, "eyJ-bluesky-refresh-jwt", Instant.now().plusSeconds(7200),
					"did:plc:u5cwb2mwiv2bfq53cjufe6yn", identifier, Map.of());
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
		public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		}

	}

}
