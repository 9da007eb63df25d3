package org.carecast.channels.threads;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ThreadsConnectorTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String USER = "17841400000000000";

	private static final String TEXT = "Flu shots Saturday 9–1, no booking needed. https://clinic.example/flu";

	private final Instant now = Instant.parse("2026-11-24T10:15:00Z");

	private final ThreadsConnector connector = new ThreadsConnector(
			new NetworkHttp(ChannelNetwork.THREADS, Duration.ofSeconds(2), Duration.ofMillis(1500)),
			Clock.fixed(this.now, ZoneOffset.UTC));

	private static ChannelEndpoint endpoint() {
		return new ChannelEndpoint(URI.create(server.baseUrl()), "v1.0", "th-app", "th-secret");
	}

	private static ChannelSession session(String token) {
		return new ChannelSession(endpoint(), new ChannelCredentials(token, null, Instant.parse("2027-01-20T00:00:00Z"),
				USER, "@cityclinic", Map.of()));
	}

	private static OutboundPost textPost() {
		return new OutboundPost(UUID.randomUUID(), TEXT, List.of(), "https://clinic.example/flu", null, null);
	}

	@Test
	void authorizationUrlIsOnThreadsItself() {
		ChannelEndpoint live = new ChannelEndpoint(URI.create("https://graph.threads.net"), "v1.0", "th-app", "s");
		URI url = this.connector.authorizationUrl(
				new AuthorizationRequest(live, URI.create("https://carecast.example/cb"), "state-7", "challenge"));
		assertThat(url.toString()).startsWith("https://threads.net/oauth/authorize?client_id=th-app&")
			.contains("scope=threads_basic%2Cthreads_content_publish")
			.contains("response_type=code")
			.contains("state=state-7");
	}

	@Test
	void codeBecomesALongLivedToken() {
		server.stubFor(post(urlPathEqualTo("/oauth/access_token"))
			.willReturn(okJson("{\"access_token\":\"THQVJ-short\",\"user_id\":17841400000000000}")));
		server.stubFor(get(urlPathEqualTo("/access_token"))
			.willReturn(okJson("{\"access_token\":\"THQVJ-long\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		server
			.stubFor(get(urlPathEqualTo("/v1.0/me")).willReturn(okJson("{\"id\":\"1\",\"username\":\"cityclinic\"}")));

		ChannelCredentials credentials = this.connector.exchangeCode(endpoint(), "th-code",
				URI.create("https://carecast.example/cb"), null);

		assertThat(credentials.accessToken()).isEqualTo("THQVJ-long");
		assertThat(credentials.accountId()).isEqualTo(USER);
		assertThat(credentials.handle()).isEqualTo("@cityclinic");
		server.verify(postRequestedFor(urlPathEqualTo("/oauth/access_token"))
			.withFormParam("grant_type", equalTo("authorization_code"))
			.withFormParam("code", equalTo("th-code"))
			.withFormParam("client_secret", equalTo("th-secret")));
		server.verify(getRequestedFor(urlPathEqualTo("/access_token"))
			.withQueryParam("grant_type", equalTo("th_exchange_token"))
			.withQueryParam("client_secret", equalTo("th-secret"))
			.withQueryParam("access_token", equalTo("THQVJ-short")));
	}

	@Test
	void aRefusedCodeIsRejectedWithoutShowingIt() {
		server.stubFor(post(urlPathEqualTo("/oauth/access_token"))
			.willReturn(graphError(400, 190, 0, "Invalid verification code format: th-bad-code")));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.exchangeCode(endpoint(), "th-bad-code",
					URI.create("https://carecast.example/cb"), null))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("th-bad-code"));
	}

	@Test
	void textPostIsATextContainerThenPublishedWithItsPermalink() {
		stubContainer("1234567");
		server.stubFor(get(urlPathEqualTo("/v1.0/1234567"))
			.willReturn(okJson("{\"status\":\"FINISHED\",\"id\":\"1234567\"}")));
		stubPublish(okJson("{\"id\":\"18012345678901234\"}"));
		stubPermalink();

		PublishedPost published = this.connector.publish(session("THQVJ-long"), textPost());

		assertThat(published.remoteId()).isEqualTo("18012345678901234");
		assertThat(published.url()).hasToString("https://www.threads.com/@cityclinic/post/DAbCdEf");
		assertThat(published.publishedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:03Z"));
		server.verify(postRequestedFor(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.withHeader("Authorization", equalTo("Bearer THQVJ-long"))
			.withQueryParam("access_token", absent())
			.withFormParam("media_type", equalTo("TEXT"))
			.withFormParam("text", equalTo(TEXT))
			.withFormParam("link_attachment", equalTo("https://clinic.example/flu")));
		server.verify(getRequestedFor(urlPathEqualTo("/v1.0/1234567")).withQueryParam("fields",
				equalTo("status,error_message")));
		server.verify(postRequestedFor(urlPathEqualTo("/v1.0/" + USER + "/threads_publish"))
			.withFormParam("creation_id", equalTo("1234567")));
		server.verify(getRequestedFor(urlPathEqualTo("/v1.0/18012345678901234")).withQueryParam("fields",
				equalTo("id,permalink,shortcode,timestamp")));
	}

	@Test
	void carouselReplyCarriesAltTextChildrenAndReplyToId() {
		server.stubFor(post(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.withFormParam("image_url", equalTo("https://cdn.example/a.jpg"))
			.willReturn(okJson("{\"id\":\"child-1\"}")));
		server.stubFor(post(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.withFormParam("image_url", equalTo("https://cdn.example/b.jpg"))
			.willReturn(okJson("{\"id\":\"child-2\"}")));
		server
			.stubFor(post(urlPathEqualTo("/v1.0/" + USER + "/threads")).withFormParam("media_type", equalTo("CAROUSEL"))
				.willReturn(okJson("{\"id\":\"carousel-1\"}")));
		server.stubFor(get(urlPathEqualTo("/v1.0/carousel-1")).willReturn(okJson("{\"status\":\"FINISHED\"}")));
		stubPublish(okJson("{\"id\":\"18012345678901234\"}"));
		stubPermalink();
		OutboundPost reply = new OutboundPost(UUID.randomUUID(), "Photos from today",
				List.of(image("a", "Nurse"), image("b", "Queue")), null, "18012345678900000", null);

		this.connector.publish(session("THQVJ-long"), reply);

		server.verify(postRequestedFor(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.withFormParam("media_type", equalTo("IMAGE"))
			.withFormParam("image_url", equalTo("https://cdn.example/a.jpg"))
			.withFormParam("is_carousel_item", equalTo("true"))
			.withFormParam("alt_text", equalTo("Nurse")));
		server.verify(postRequestedFor(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.withFormParam("media_type", equalTo("CAROUSEL"))
			.withFormParam("children", equalTo("child-1,child-2"))
			.withFormParam("text", equalTo("Photos from today"))
			.withFormParam("reply_to_id", equalTo("18012345678900000")));
	}

	@Test
	void linkLimitErrorIsRejected() {
		server.stubFor(post(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.willReturn(graphError(400, 100, 0, "THREADS_API__LINK_LIMIT_EXCEEDED")));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session("THQVJ-long"), textPost()))
			.withMessageContaining("LINK_LIMIT");
	}

	@Test
	void throttlingCode17WithoutAnEstimateLeavesTheWaitToTheCaller() {
		server.stubFor(post(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.willReturn(graphError(400, 17, 0, "(#17) User request limit reached")));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session("THQVJ-long"), textPost()))
			.satisfies((ex) -> assertThat(ex.retryAt()).isNull());
	}

	@Test
	void appLevelThrottlingWaitsAnHourAsMetaAdvises() {
		server.stubFor(post(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.willReturn(graphError(400, 4, 0, "(#4) Application request limit reached")));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session("THQVJ-long"), textPost()))
			.satisfies((ex) -> assertThat(ex.retryAt()).isEqualTo(this.now.plus(Duration.ofHours(1))));
	}

	@Test
	void expiredTokenNeverShowsTheTokenAndRefreshUsesThRefreshToken() {
		server.stubFor(post(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.willReturn(graphError(400, 190, 0, "Error validating access token: THQVJ-long has expired")));
		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.publish(session("THQVJ-long"), textPost()))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("THQVJ-long"));

		server.stubFor(get(urlPathEqualTo("/refresh_access_token"))
			.willReturn(okJson("{\"access_token\":\"THQVJ-new\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		ChannelCredentials renewed = this.connector.refresh(endpoint(), session("THQVJ-long").credentials());
		assertThat(renewed.accessToken()).isEqualTo("THQVJ-new");
		server.verify(getRequestedFor(urlPathEqualTo("/refresh_access_token"))
			.withQueryParam("grant_type", equalTo("th_refresh_token"))
			.withQueryParam("access_token", equalTo("THQVJ-long")));
	}

	@Test
	void aRefusedRefreshMeansReconnecting() {
		server.stubFor(get(urlPathEqualTo("/refresh_access_token"))
			.willReturn(graphError(400, 10, 0, "Token is too new to be refreshed")));
		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(endpoint(), session("THQVJ-long").credentials()));
	}

	@Test
	void serverErrorOnThreadsPublishLeavesTheOutcomeUnknown() {
		stubFinishedContainer();
		stubPublish(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"An unknown error occurred\",\"code\":1,\"is_transient\":true}}"));
		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(session("THQVJ-long"), textPost()));
	}

	@Test
	void timeoutOnThreadsPublishIsSettledByTheAccountsNewestThreads() {
		stubFinishedContainer();
		stubPublish(okJson("{\"id\":\"18012345678901234\"}").withFixedDelay(3000));
		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(session("THQVJ-long"), textPost()));

		server.stubFor(get(urlPathEqualTo("/v1.0/" + USER + "/threads")).willReturn(okJson("""
				{"data":[{"id":"18012345678901234","text":"%s","timestamp":"2026-11-24T10:15:03+0000",
				          "permalink":"https://www.threads.com/@cityclinic/post/DAbCdEf"}]}
				""".formatted(TEXT))));
		assertThat(this.connector.findPublished(session("THQVJ-long"), textPost(), this.now)).get()
			.satisfies((found) -> assertThat(found.remoteId()).isEqualTo("18012345678901234"));
		server.verify(getRequestedFor(urlPathEqualTo("/v1.0/" + USER + "/threads"))
			.withQueryParam("fields", equalTo("id,text,timestamp,permalink"))
			.withQueryParam("limit", equalTo("5")));
		assertThat(this.connector.findPublished(session("THQVJ-long"), textPost(), this.now.plus(Duration.ofHours(1))))
			.isEmpty();
	}

	@Test
	void duplicateCheckForAReplyReadsTheRepliesOfThePostAnswered() {
		server.stubFor(get(urlPathEqualTo("/v1.0/18012345678900000/replies")).willReturn(okJson(
				"{\"data\":[{\"id\":\"r1\",\"text\":\"Someone else\",\"timestamp\":\"2026-11-24T10:16:00+0000\"}]}")));
		OutboundPost reply = new OutboundPost(UUID.randomUUID(), "No booking needed", List.of(), null,
				"18012345678900000", null);
		assertThat(this.connector.findPublished(session("THQVJ-long"), reply, this.now)).isEmpty();
	}

	@Test
	void deleteRemovesTheThreadAndOneAlreadyGoneCountsAsDeleted() {
		server.stubFor(delete(urlPathEqualTo("/v1.0/18012345678901234"))
			.willReturn(okJson("{\"success\":true,\"deleted_id\":\"18012345678901234\"}")));
		server.stubFor(delete(urlPathEqualTo("/v1.0/404404")).willReturn(aResponse().withStatus(404)));
		this.connector.delete(session("THQVJ-long"), "18012345678901234");
		this.connector.delete(session("THQVJ-long"), "404404");
		server.verify(deleteRequestedFor(urlPathEqualTo("/v1.0/18012345678901234")).withHeader("Authorization",
				equalTo("Bearer THQVJ-long")));
	}

	private static OutboundMedia image(String name, String alt) {
		return new OutboundMedia(new byte[0], "image/jpeg", alt, URI.create("https://cdn.example/" + name + ".jpg"));
	}

	private static void stubContainer(String id) {
		server
			.stubFor(post(urlPathEqualTo("/v1.0/" + USER + "/threads")).willReturn(okJson("{\"id\":\"" + id + "\"}")));
	}

	private static void stubFinishedContainer() {
		stubContainer("1234567");
		server.stubFor(get(urlPathEqualTo("/v1.0/1234567")).willReturn(okJson("{\"status\":\"FINISHED\"}")));
	}

	private static void stubPublish(ResponseDefinitionBuilder response) {
		server.stubFor(post(urlPathEqualTo("/v1.0/" + USER + "/threads_publish")).willReturn(response));
	}

	private static void stubPermalink() {
		server.stubFor(get(urlPathEqualTo("/v1.0/18012345678901234")).willReturn(okJson("""
				{"id":"18012345678901234","permalink":"https://www.threads.com/@cityclinic/post/DAbCdEf",
				 "shortcode":"DAbCdEf","timestamp":"2026-11-24T10:15:03+0000","text":"Flu shots Saturday ..."}
				""")));
	}

	private static ResponseDefinitionBuilder graphError(int status, int code, int subcode, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
					+ ((subcode != 0) ? ",\"error_subcode\":" + subcode : "") + ",\"fbtrace_id\":\"Ab1\"}}");
	}

}
