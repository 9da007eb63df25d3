package org.carecast.channels.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MastodonAuthTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final URI REDIRECT = URI.create("https://carecast.example/connect/mastodon/callback");

	private final MastodonConnector connector = new MastodonConnector(
			new NetworkHttp(ChannelNetwork.MASTODON, Duration.ofSeconds(2), Duration.ofSeconds(5)),
			Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC));

	private String host() {
		return "localhost:" + server.getPort();
	}

	private ChannelEndpoint instance() {
		return new ChannelEndpoint(URI.create(server.baseUrl()), "", "client-123", "secret-456");
	}

	@Test
	void registersTheAppOnTheInstanceAndReturnsItsClient() {
		server.stubFor(post("/api/v1/apps").willReturn(okJson("""
				{ "id": "563419", "name": "Carecast", "client_id": "client-123", "client_secret": "secret-456",
				  "redirect_uris": ["https://carecast.example/connect/mastodon/callback"],
				  "scopes": ["read:accounts", "read:statuses", "read:notifications", "write:statuses", "write:media"] }
				""")));
		ChannelEndpoint configured = new ChannelEndpoint(URI.create("http://unused.example"), "", "", null);

		ChannelEndpoint endpoint = this.connector.endpointForHost(configured, " " + host() + "/ ", REDIRECT);

		assertThat(endpoint.baseUrl()).isEqualTo(URI.create("http://" + host()));
		assertThat(endpoint.clientId()).isEqualTo("client-123");
		assertThat(endpoint.clientSecret()).isEqualTo("secret-456");
		server.verify(postRequestedFor(urlEqualTo("/api/v1/apps"))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withFormParam("client_name", equalTo("Carecast"))
			.withFormParam("redirect_uris", equalTo(REDIRECT.toString()))
			.withFormParam("scopes",
					equalTo("read:accounts read:statuses read:notifications write:statuses write:media"))
			.withFormParam("website", equalTo("https://carecast.example")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "evil.example/api", "user@evil.example", "evil.example?x=1", "evil.example#x",
			"a b.example", "-bad.example", "evil.example:99999x", "http://evil.example", "évil.example",
			"evil.example\r\nHost: other" })
	void refusesHostsThatAreNotPlainServerNames(String host) {
		ChannelEndpoint configured = new ChannelEndpoint(URI.create("https://mastodon.social"), "", "", null);

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.endpointForHost(configured, host, REDIRECT))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("invalid_host"));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void authorizationUrlCarriesPkceStateAndScopes() {
		URI url = this.connector.authorizationUrl(new AuthorizationRequest(
				new ChannelEndpoint(URI.create("https://social.example"), "", "client-123", "secret-456"), REDIRECT,
				"state-789", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));

		assertThat(url.toString()).isEqualTo("https://social.example/oauth/authorize?response_type=code"
				+ "&client_id=client-123&redirect_uri=https%3A%2F%2Fcarecast.example%2Fconnect%2Fmastodon%2Fcallback"
				+ "&scope=read%3Aaccounts+read%3Astatuses+read%3Anotifications+write%3Astatuses+write%3Amedia"
				+ "&state=state-789&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
				+ "&code_challenge_method=S256");
	}

	@Test
	void exchangesTheCodeAndFindsOutWhoTheAccountIs() {
		server.stubFor(post("/oauth/token").willReturn(okJson("""
				{ "access_token": "mA5xZ1-token", "token_type": "Bearer",
				  "scope": "read:statuses read:notifications write:statuses write:media", "created_at": 1764000000 }
				""")));
		server.stubFor(
				get("/api/v1/accounts/verify_credentials").withHeader("Authorization", equalTo("Bearer mA5xZ1-token"))
					.willReturn(okJson("""
							{ "id": "109876", "username": "cityclinic", "acct": "cityclinic" }
							""")));

		ChannelCredentials credentials = this.connector.exchangeCode(instance(), "code-abc", REDIRECT, "verifier-xyz");

		assertThat(credentials.accessToken()).isEqualTo("mA5xZ1-token");
		assertThat(credentials.refreshToken()).isNull();
		assertThat(credentials.expiresAt()).isNull();
		assertThat(credentials.accountId()).isEqualTo("109876");
		assertThat(credentials.handle()).isEqualTo("@cityclinic@localhost");
		server.verify(
				postRequestedFor(urlEqualTo("/oauth/token")).withFormParam("grant_type", equalTo("authorization_code"))
					.withFormParam("code", equalTo("code-abc"))
					.withFormParam("client_id", equalTo("client-123"))
					.withFormParam("client_secret", equalTo("secret-456"))
					.withFormParam("redirect_uri", equalTo(REDIRECT.toString()))
					.withFormParam("code_verifier", equalTo("verifier-xyz")));
		server.verify(getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials")));
	}

	@Test
	void aUsedCodeIsRejectedWithoutTheCodeInTheMessage() {
		server.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"""
							{ "error": "invalid_grant",
							  "error_description": "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client." }
							""")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.exchangeCode(instance(), "code-abc", REDIRECT, "verifier-xyz"))
			.satisfies((ex) -> {
				assertThat(ex.errorCode()).isEqualTo("400");
				assertThat(ex.getMessage()).startsWith("The provided authorization grant is invalid")
					.doesNotContain("code-abc")
					.doesNotContain("verifier-xyz");
			});
	}

	@Test
	void refreshIsImpossibleSoTheAccountMustReconnect() {
		ChannelCredentials credentials = new ChannelCredentials("mA5xZ1-token", null, null, "109876", "", null);

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(instance(), credentials))
			.withMessageNotContaining("mA5xZ1-token");
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void revokesTheTokenWithTheInstancesClient() {
		server.stubFor(post("/oauth/revoke").willReturn(okJson("{}")));

		this.connector.revoke(instance(),
				new ChannelCredentials("mA5xZ1-token", null, null, "109876", "@cityclinic@social.example", null));

		server.verify(postRequestedFor(urlEqualTo("/oauth/revoke")).withFormParam("client_id", equalTo("client-123"))
			.withFormParam("client_secret", equalTo("secret-456"))
			.withFormParam("token", equalTo("mA5xZ1-token")));
	}

}
