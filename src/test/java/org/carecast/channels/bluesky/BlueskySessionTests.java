package org.carecast.channels.bluesky;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BlueskySessionTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String DID = "did:plc:u5cwb2mwiv2bfq53cjufe6yn";

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);

	private final BlueskyConnector connector = new BlueskyConnector(
			new NetworkHttp(ChannelNetwork.BLUESKY, Duration.ofSeconds(2), Duration.ofSeconds(5)), this.clock);

	static String jwt(String subject, long exp) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"ES256K\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(
						("{\"sub\":\"" + subject + "\",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8))
				+ ".c2lnbmF0dXJl";
	}

	static String session(String access, String refresh) {
		return """
				{ "did": "%s", "handle": "cityclinic.bsky.social", "accessJwt": "%s", "refreshJwt": "%s", "active": true,
				  "didDoc": { "service": [ { "id": "#atproto_pds", "type": "AtprotoPersonalDataServer",
				    "serviceEndpoint": "https://morel.us-east.host.bsky.network" } ] } }
				"""
			.formatted(DID, access, refresh);
	}

	private ChannelEndpoint endpoint() {
		return new ChannelEndpoint(URI.create(server.baseUrl()), "", "", null);
	}

	@Test
	void signsInWithAnAppPassword() {
		String access = jwt(DID, 1_764_007_200L);
		server.stubFor(post("/xrpc/com.atproto.server.createSession").willReturn(okJson(session(access, "refresh-1"))));

		ChannelCredentials credentials = this.connector.signIn(endpoint(), " cityclinic.bsky.social ",
				"abcd-efgh-ijkl-mnop");

		assertThat(this.connector.signsInWithAppPassword()).isTrue();
		assertThat(credentials.accessToken()).isEqualTo(access);
		assertThat(credentials.refreshToken()).isEqualTo("refresh-1");
		assertThat(credentials.expiresAt()).isEqualTo(Instant.ofEpochSecond(1_764_007_200L));
		assertThat(credentials.accountId()).isEqualTo(DID);
		assertThat(credentials.handle()).isEqualTo("cityclinic.bsky.social");
		assertThat(credentials.extra()).containsEntry("pds", "https://morel.us-east.host.bsky.network");
		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.server.createSession"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Authorization", absent())
			.withRequestBody(equalToJson("""
					{ "identifier": "cityclinic.bsky.social", "password": "abcd-efgh-ijkl-mnop" }
					""")));
	}

	@Test
	void aSessionTokenThatIsNotAJwtExpiresAfterTheDefaultLifetime() {
		server.stubFor(post("/xrpc/com.atproto.server.createSession")
			.willReturn(okJson(session("eyJ...access", "eyJ...refresh"))));

		ChannelCredentials credentials = this.connector.signIn(endpoint(), "cityclinic.bsky.social", "pw");

		assertThat(credentials.expiresAt()).isEqualTo(Instant.parse("2026-11-24T12:15:00Z"));
	}

	@Test
	void aWrongPasswordIsRejectedWithoutThePasswordInTheMessage() {
		server.stubFor(post("/xrpc/com.atproto.server.createSession").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.signIn(endpoint(), "cityclinic.bsky.social", "abcd-efgh-ijkl-mnop"))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("abcd-efgh-ijkl-mnop"));
	}

	@Test
	void refreshesWithTheRefreshJwtAndNoBody() {
		server.stubFor(
				post("/xrpc/com.atproto.server.refreshSession").withHeader("Authorization", equalTo("Bearer refresh-1"))
					.willReturn(okJson(session("access-2", "refresh-2"))));
		ChannelCredentials old = new ChannelCredentials("access-1", "refresh-1", null, DID, "cityclinic.bsky.social",
				null);

		ChannelCredentials fresh = this.connector.refresh(endpoint(), old);

		assertThat(fresh.accessToken()).isEqualTo("access-2");
		assertThat(fresh.refreshToken()).isEqualTo("refresh-2");
		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.server.refreshSession"))
			.withHeader("Content-Length", equalTo("0")));
	}

	@Test
	void aRefusedRefreshMeansReconnectingAndKeepsTheTokenOutOfTheMessage() {
		server.stubFor(post("/xrpc/com.atproto.server.refreshSession").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired: refresh-1\"}")));

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(endpoint(),
					new ChannelCredentials("access-1", "refresh-1", null, DID, "", null)))
			.withMessageNotContaining("refresh-1");
	}

	@Test
	void withoutARefreshTokenThereIsNothingToRefresh() {
		assertThatExceptionOfType(AuthorizationExpiredException.class).isThrownBy(() -> this.connector
			.refresh(endpoint(), new ChannelCredentials("access-1", null, null, DID, "", null)));
	}

	@Test
	void revokeEndsTheSession() {
		server.stubFor(post("/xrpc/com.atproto.server.deleteSession").willReturn(aResponse().withStatus(200)));

		this.connector.revoke(endpoint(), new ChannelCredentials("access-1", "refresh-1", null, DID, "", null));

		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.server.deleteSession")).withHeader("Authorization",
				equalTo("Bearer refresh-1")));
	}

	@Test
	void oauthIsNotHowBlueskyConnects() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.connector.authorizationUrl(
					new AuthorizationRequest(endpoint(), URI.create("https://carecast.example/cb"), "s", "c")))
			.withMessageContaining("app password");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> this.connector
			.exchangeCode(endpoint(), "code", URI.create("https://carecast.example/cb"), "verifier"));
	}

}
