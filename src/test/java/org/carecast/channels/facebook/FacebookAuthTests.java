package org.carecast.channels.facebook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FacebookAuthTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

	private final FacebookConnector connector = new FacebookConnector(
			new NetworkHttp(ChannelNetwork.FACEBOOK, Duration.ofSeconds(2), Duration.ofSeconds(2)), this.clock);

	private ChannelEndpoint endpoint() {
		return new ChannelEndpoint(URI.create(server.baseUrl()), "v25.0", "app-id", "app-secret");
	}

	@Test
	void authorizationUrlIsFacebooksDialogOnTheWwwHostWithTheVersion() {
		ChannelEndpoint live = new ChannelEndpoint(URI.create("https://graph.facebook.com"), "25.0", "app-id", "s");
		URI url = this.connector.authorizationUrl(new AuthorizationRequest(live,
				URI.create("https://carecast.example/callback"), "state-123", "unused-challenge"));
		assertThat(url.toString()).startsWith("https://www.facebook.com/v25.0/dialog/oauth?client_id=app-id&")
			.contains("redirect_uri=https%3A%2F%2Fcarecast.example%2Fcallback")
			.contains("state=state-123")
			.contains("scope=pages_show_list%2Cpages_manage_posts%2C")
			.doesNotContain("code_challenge");
	}

	@Test
	void codeBecomesALongLivedUserTokenAndThenTheFirstPagesToken() {
		stubCodeExchange();
		stubLongLived("EAAB-short", "EAAB-long");
		stubAccounts("EAAB-long");

		ChannelCredentials credentials = this.connector.exchangeCode(endpoint(), "auth-code",
				URI.create("https://carecast.example/callback"), null);

		assertThat(credentials.accessToken()).isEqualTo("EAAB-page-1");
		assertThat(credentials.accountId()).isEqualTo("1234567890");
		assertThat(credentials.handle()).isEqualTo("City Clinic");
		assertThat(credentials.expiresAt()).isNull();
		assertThat(credentials.extra()).containsEntry("page_id", "1234567890").containsEntry("user_token", "EAAB-long");
		server.verify(getRequestedFor(urlPathEqualTo("/v25.0/oauth/access_token"))
			.withQueryParam("client_id", equalTo("app-id"))
			.withQueryParam("client_secret", equalTo("app-secret"))
			.withQueryParam("redirect_uri", equalTo("https://carecast.example/callback"))
			.withQueryParam("code", equalTo("auth-code")));
		server.verify(getRequestedFor(urlPathEqualTo("/v25.0/me/accounts"))
			.withQueryParam("fields", equalTo("id,name,access_token,tasks"))
			.withHeader("Authorization", equalTo("Bearer EAAB-long"))
			.withQueryParam("access_token", absent()));
	}

	@Test
	void aUsedCodeIsRejectedWithoutShowingTheCodeOrSecret() {
		server.stubFor(get(urlPathEqualTo("/v25.0/oauth/access_token")).withQueryParam("code", equalTo("used-code"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"This authorization code has been used: used-code app-secret\","
						+ "\"type\":\"OAuthException\",\"code\":100,\"fbtrace_id\":\"A1\"}}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.exchangeCode(endpoint(), "used-code",
					URI.create("https://carecast.example/callback"), null))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("used-code")
				.doesNotContain("app-secret")
				.contains("code 100"))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("100"));
	}

	@Test
	void refreshReExchangesTheKeptUserTokenForTheSamePage() {
		stubLongLived("EAAB-long", "EAAB-long-2");
		server.stubFor(get(urlPathEqualTo("/v25.0/me/accounts")).willReturn(
				okJson("""
						{"data":[{"id":"111","name":"Other","access_token":"EAAB-other","tasks":["CREATE_CONTENT"]},
						         {"id":"1234567890","name":"City Clinic","access_token":"EAAB-page-2","tasks":["CREATE_CONTENT"]}]}
						""")));
		ChannelCredentials old = new ChannelCredentials("EAAB-page-1", null, null, "1234567890", "City Clinic",
				Map.of("page_id", "1234567890", "user_token", "EAAB-long"));

		ChannelCredentials renewed = this.connector.refresh(endpoint(), old);

		assertThat(renewed.accessToken()).isEqualTo("EAAB-page-2");
		assertThat(renewed.accountId()).isEqualTo("1234567890");
		assertThat(renewed.extra()).containsEntry("user_token", "EAAB-long-2");
	}

	@Test
	void refreshWithoutAUserTokenMeansReconnecting() {
		ChannelCredentials pageOnly = new ChannelCredentials("EAAB-page-1", null, null, "1234567890", "", Map.of());
		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(endpoint(), pageOnly));
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void refreshRefusedWithCode190MeansReconnecting() {
		server.stubFor(get(urlPathEqualTo("/v25.0/oauth/access_token")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Error validating access token: Session has expired\","
					+ "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}")));
		ChannelCredentials old = new ChannelCredentials("EAAB-page-1", null, null, "1234567890", "",
				Map.of("user_token", "EAAB-long"));
		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(endpoint(), old));
	}

	@Test
	void aPageNoLongerManagedMeansReconnecting() {
		stubLongLived("EAAB-long", "EAAB-long-2");
		stubAccounts("EAAB-long-2");
		ChannelCredentials old = new ChannelCredentials("EAAB-page-9", null, null, "999", "",
				Map.of("page_id", "999", "user_token", "EAAB-long"));
		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(endpoint(), old));
	}

	private static void stubCodeExchange() {
		server.stubFor(get(urlPathEqualTo("/v25.0/oauth/access_token")).withQueryParam("code", equalTo("auth-code"))
			.willReturn(okJson("{\"access_token\":\"EAAB-short\",\"token_type\":\"bearer\",\"expires_in\":5400}")));
	}

	private static void stubLongLived(String from, String to) {
		server.stubFor(get(urlPathEqualTo("/v25.0/oauth/access_token"))
			.withQueryParam("grant_type", equalTo("fb_exchange_token"))
			.withQueryParam("client_id", equalTo("app-id"))
			.withQueryParam("client_secret", equalTo("app-secret"))
			.withQueryParam("fb_exchange_token", equalTo(from))
			.willReturn(okJson("{\"access_token\":\"" + to + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
	}

	private static void stubAccounts(String userToken) {
		server.stubFor(
				get(urlPathEqualTo("/v25.0/me/accounts")).withHeader("Authorization", equalTo("Bearer " + userToken))
					.willReturn(okJson("""
							{"data":[{"id":"1234567890","name":"City Clinic","access_token":"EAAB-page-1",
							          "tasks":["ANALYZE","ADVERTISE","MODERATE","CREATE_CONTENT","MANAGE"]}],
							 "paging":{"cursors":{"before":"QVFI","after":"QVFI"}}}
							""")));
	}

}
