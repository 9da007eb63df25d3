package org.carecast.channels.instagram;

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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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

class InstagramConnectorTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String USER = "17841400000000000";

	private static final String CAPTION = "Flu shots Saturday 9–1 #FluSeason";

	private final Instant now = Instant.parse("2026-11-24T10:15:00Z");

	private final InstagramConnector connector = new InstagramConnector(
			new NetworkHttp(ChannelNetwork.INSTAGRAM, Duration.ofSeconds(2), Duration.ofMillis(1500)),
			Clock.fixed(this.now, ZoneOffset.UTC));

	private static ChannelEndpoint endpoint() {
		return new ChannelEndpoint(URI.create(server.baseUrl()), "v25.0", "ig-app", "ig-secret");
	}

	private static ChannelSession session(String token) {
		return new ChannelSession(endpoint(), new ChannelCredentials(token, null, Instant.parse("2027-01-20T00:00:00Z"),
				USER, "@cityclinic", Map.of()));
	}

	private static OutboundPost imagePost() {
		return new OutboundPost(UUID.randomUUID(), CAPTION, List.of(image("flu", "Nurse giving a flu shot")), null,
				null, null);
	}

	@Test
	void authorizationUrlIsInstagramsOwnPage() {
		ChannelEndpoint live = new ChannelEndpoint(URI.create("https://graph.instagram.com"), "v25.0", "ig-app", "s");
		URI url = this.connector.authorizationUrl(
				new AuthorizationRequest(live, URI.create("https://carecast.example/cb"), "state-9", "challenge"));
		assertThat(url.toString()).startsWith("https://www.instagram.com/oauth/authorize?client_id=ig-app&")
			.contains("response_type=code")
			.contains("state=state-9")
			.contains("scope=instagram_business_basic%2Cinstagram_business_content_publish");
	}

	@Test
	void codeBecomesASixtyDayTokenForTheInstagramUser() {
		server.stubFor(post(urlPathEqualTo("/oauth/access_token"))
			.willReturn(okJson("{\"access_token\":\"IGAA-short\",\"user_id\":17841400000000000}")));
		server.stubFor(get(urlPathEqualTo("/access_token"))
			.willReturn(okJson("{\"access_token\":\"IGAA-long\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		server
			.stubFor(get(urlPathEqualTo("/v25.0/me")).willReturn(okJson("{\"id\":\"1\",\"username\":\"cityclinic\"}")));

		ChannelCredentials credentials = this.connector.exchangeCode(endpoint(), "ig-code",
				URI.create("https://carecast.example/cb"), null);

		assertThat(credentials.accessToken()).isEqualTo("IGAA-long");
		assertThat(credentials.accountId()).isEqualTo(USER);
		assertThat(credentials.handle()).isEqualTo("@cityclinic");
		assertThat(credentials.expiresAt()).isEqualTo(this.now.plusSeconds(5183944));
		server.verify(
				postRequestedFor(urlPathEqualTo("/oauth/access_token")).withFormParam("client_id", equalTo("ig-app"))
					.withFormParam("client_secret", equalTo("ig-secret"))
					.withFormParam("grant_type", equalTo("authorization_code"))
					.withFormParam("redirect_uri", equalTo("https://carecast.example/cb"))
					.withFormParam("code", equalTo("ig-code")));
		server.verify(getRequestedFor(urlPathEqualTo("/access_token"))
			.withQueryParam("grant_type", equalTo("ig_exchange_token"))
			.withQueryParam("client_secret", equalTo("ig-secret"))
			.withQueryParam("access_token", equalTo("IGAA-short")));
	}

	@Test
	void singleImageIsAContainerPolledUntilFinishedThenPublished() {
		stubContainer(USER, "17889455560051444");
		stubStatusInProgressThenFinished("17889455560051444");
		stubPublish(okJson("{\"id\":\"17920238422030506\"}"));
		stubPermalink();

		PublishedPost published = this.connector.publish(session("IGAA-long"), imagePost());

		assertThat(published.remoteId()).isEqualTo("17920238422030506");
		assertThat(published.url()).hasToString("https://www.instagram.com/p/DAbCdEfGhIj/");
		assertThat(published.publishedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:02Z"));
		assertThat(published.extra()).containsEntry("shortcode", "DAbCdEfGhIj");
		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + USER + "/media"))
			.withHeader("Authorization", equalTo("Bearer IGAA-long"))
			.withQueryParam("access_token", absent())
			.withFormParam("image_url", equalTo("https://cdn.example/flu.jpg"))
			.withFormParam("caption", equalTo(CAPTION))
			.withFormParam("alt_text", equalTo("Nurse giving a flu shot")));
		server.verify(2, getRequestedFor(urlPathEqualTo("/v25.0/17889455560051444")).withQueryParam("fields",
				equalTo("status_code,status")));
		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + USER + "/media_publish")).withFormParam("creation_id",
				equalTo("17889455560051444")));
	}

	@Test
	void carouselChildrenCarryAltTextAndTheParentNamesThem() {
		server.stubFor(post(urlPathEqualTo("/v25.0/" + USER + "/media"))
			.withFormParam("image_url", equalTo("https://cdn.example/a.jpg"))
			.willReturn(okJson("{\"id\":\"child-1\"}")));
		server.stubFor(post(urlPathEqualTo("/v25.0/" + USER + "/media"))
			.withFormParam("image_url", equalTo("https://cdn.example/b.jpg"))
			.willReturn(okJson("{\"id\":\"child-2\"}")));
		server
			.stubFor(post(urlPathEqualTo("/v25.0/" + USER + "/media")).withFormParam("media_type", equalTo("CAROUSEL"))
				.willReturn(okJson("{\"id\":\"carousel-1\"}")));
		server.stubFor(get(urlPathEqualTo("/v25.0/carousel-1")).willReturn(okJson("{\"status_code\":\"FINISHED\"}")));
		stubPublish(okJson("{\"id\":\"17920238422030506\"}"));
		stubPermalink();
		OutboundPost carousel = new OutboundPost(UUID.randomUUID(), CAPTION,
				List.of(image("a", "Nurse"), image("b", "Queue")), null, null, null);

		this.connector.publish(session("IGAA-long"), carousel);

		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + USER + "/media"))
			.withFormParam("image_url", equalTo("https://cdn.example/a.jpg"))
			.withFormParam("is_carousel_item", equalTo("true"))
			.withFormParam("alt_text", equalTo("Nurse"))
			.withFormParam("caption", absent()));
		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + USER + "/media"))
			.withFormParam("media_type", equalTo("CAROUSEL"))
			.withFormParam("children", equalTo("child-1,child-2"))
			.withFormParam("caption", equalTo(CAPTION)));
		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + USER + "/media_publish")).withFormParam("creation_id",
				equalTo("carousel-1")));
	}

	@Test
	void containerInErrorIsRejectedAndNothingIsPublished() {
		stubContainer(USER, "c-err");
		server.stubFor(get(urlPathEqualTo("/v25.0/c-err"))
			.willReturn(okJson("{\"status_code\":\"ERROR\",\"status\":\"Error: media download failed (2207052)\"}")));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session("IGAA-long"), imagePost()))
			.withMessageContaining("2207052");
		server.verify(0, postRequestedFor(urlPathEqualTo("/v25.0/" + USER + "/media_publish")));
	}

	@Test
	void validationErrorOnTheContainerIsRejected() {
		server.stubFor(post(urlPathEqualTo("/v25.0/" + USER + "/media"))
			.willReturn(graphError(400, 100, 2207010, "The caption is too long")));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session("IGAA-long"), imagePost()))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("100"))
			.withMessageContaining("subcode 2207010");
	}

	@Test
	void dailyPublishingLimitIsADailyCap() {
		stubContainer(USER, "c1");
		server.stubFor(get(urlPathEqualTo("/v25.0/c1")).willReturn(okJson("{\"status_code\":\"FINISHED\"}")));
		stubPublish(graphError(400, 9, 2207042, "Application request limit reached"));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session("IGAA-long"), imagePost()))
			.satisfies((ex) -> assertThat(ex.dailyCap()).isTrue());
	}

	@Test
	void instagramThrottlingWaitsForTheEstimatedMinutes() {
		server.stubFor(post(urlPathEqualTo("/v25.0/" + USER + "/media"))
			.willReturn(graphError(400, 80002, 0, "(#80002) There have been too many calls to this Instagram account.")
				.withHeader("X-Business-Use-Case-Usage",
						"{\"" + USER + "\":[{\"type\":\"instagram\",\"call_count\":100,"
								+ "\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":45}]}")));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session("IGAA-long"), imagePost()))
			.satisfies((ex) -> assertThat(ex.retryAt()).isEqualTo(this.now.plus(Duration.ofMinutes(45))));
	}

	@Test
	void expiredTokenNeverShowsTheTokenAndRefreshGivesANewOne() {
		server.stubFor(post(urlPathEqualTo("/v25.0/" + USER + "/media"))
			.willReturn(graphError(400, 190, 463, "Error validating access token IGAA-long: Session has expired")));
		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.publish(session("IGAA-long"), imagePost()))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("IGAA-long"));

		server.stubFor(get(urlPathEqualTo("/refresh_access_token"))
			.willReturn(okJson("{\"access_token\":\"IGAA-new\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		ChannelCredentials renewed = this.connector.refresh(endpoint(), session("IGAA-long").credentials());

		assertThat(renewed.accessToken()).isEqualTo("IGAA-new");
		assertThat(renewed.expiresAt()).isEqualTo(this.now.plusSeconds(5183944));
		assertThat(renewed.accountId()).isEqualTo(USER);
		server.verify(getRequestedFor(urlPathEqualTo("/refresh_access_token"))
			.withQueryParam("grant_type", equalTo("ig_refresh_token"))
			.withQueryParam("access_token", equalTo("IGAA-long")));
	}

	@Test
	void anExpiredTokenIsNotEvenSentForRefresh() {
		ChannelCredentials expired = new ChannelCredentials("IGAA-old", null, this.now.minusSeconds(1), USER, "",
				Map.of());
		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(endpoint(), expired));
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void serverErrorOnMediaPublishLeavesTheOutcomeUnknown() {
		stubContainer(USER, "c1");
		server.stubFor(get(urlPathEqualTo("/v25.0/c1")).willReturn(okJson("{\"status_code\":\"FINISHED\"}")));
		stubPublish(aResponse().withStatus(503));
		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(session("IGAA-long"), imagePost()));
	}

	@Test
	void timeoutOnMediaPublishIsUnknownUntilTheRecentMediaSettleIt() {
		stubContainer(USER, "c1");
		server.stubFor(get(urlPathEqualTo("/v25.0/c1")).willReturn(okJson("{\"status_code\":\"FINISHED\"}")));
		stubPublish(okJson("{\"id\":\"17920238422030506\"}").withFixedDelay(3000));
		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(session("IGAA-long"), imagePost()));

		server.stubFor(get(urlPathEqualTo("/v25.0/" + USER + "/media")).willReturn(okJson("""
				{"data":[{"id":"17920238422030506","caption":"%s","timestamp":"2026-11-24T10:15:02+0000",
				          "permalink":"https://www.instagram.com/p/DAbCdEfGhIj/"}]}
				""".formatted(CAPTION))));
		assertThat(this.connector.findPublished(session("IGAA-long"), imagePost(), this.now)).get()
			.satisfies((found) -> assertThat(found.remoteId()).isEqualTo("17920238422030506"))
			.satisfies((found) -> assertThat(found.url()).hasToString("https://www.instagram.com/p/DAbCdEfGhIj/"));
		server.verify(getRequestedFor(urlPathEqualTo("/v25.0/" + USER + "/media"))
			.withQueryParam("fields", equalTo("id,caption,timestamp,permalink"))
			.withQueryParam("limit", equalTo("5")));

		OutboundPost other = new OutboundPost(UUID.randomUUID(), "Another caption", imagePost().media(), null, null,
				null);
		assertThat(this.connector.findPublished(session("IGAA-long"), other, this.now)).isEmpty();
	}

	@Test
	void replyAnswersTheComment() {
		server.stubFor(post(urlPathEqualTo("/v25.0/17894227972186120/replies"))
			.willReturn(okJson("{\"id\":\"17873440459141021\"}")));
		PublishedPost reply = this.connector.publish(session("IGAA-long"), new OutboundPost(UUID.randomUUID(),
				"Thanks - no booking needed", List.of(), null, "17894227972186120", null));
		assertThat(reply.remoteId()).isEqualTo("17873440459141021");
		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/17894227972186120/replies")).withFormParam("message",
				equalTo("Thanks - no booking needed")));
	}

	@Test
	void postsInstagramCannotTakeAreRefusedBeforeAnyCall() {
		OutboundPost textOnly = OutboundPost.text(UUID.randomUUID(), "Just words");
		OutboundPost noUrl = new OutboundPost(UUID.randomUUID(), "x",
				List.of(new OutboundMedia(new byte[] { 1 }, "image/jpeg", "alt", null)), null, null, null);
		OutboundPost video = new OutboundPost(UUID.randomUUID(), "x",
				List.of(new OutboundMedia(new byte[0], "video/mp4", "alt", URI.create("https://cdn.example/v.mp4"))),
				null, null, null);
		for (OutboundPost post : List.of(textOnly, noUrl, video)) {
			assertThatExceptionOfType(RejectedException.class)
				.isThrownBy(() -> this.connector.publish(session("IGAA-long"), post));
		}
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.delete(session("IGAA-long"), "17920238422030506"))
			.withMessageContaining("Instagram app");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	private static OutboundMedia image(String name, String alt) {
		return new OutboundMedia(new byte[0], "image/jpeg", alt, URI.create("https://cdn.example/" + name + ".jpg"));
	}

	private static void stubContainer(String user, String containerId) {
		server.stubFor(post(urlPathEqualTo("/v25.0/" + user + "/media"))
			.willReturn(okJson("{\"id\":\"" + containerId + "\"}")));
	}

	private static void stubStatusInProgressThenFinished(String containerId) {
		server.stubFor(get(urlPathEqualTo("/v25.0/" + containerId)).inScenario("container")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"status_code\":\"IN_PROGRESS\",\"id\":\"" + containerId + "\"}"))
			.willSetStateTo("finished"));
		server.stubFor(get(urlPathEqualTo("/v25.0/" + containerId)).inScenario("container")
			.whenScenarioStateIs("finished")
			.willReturn(okJson("{\"status_code\":\"FINISHED\",\"id\":\"" + containerId + "\"}")));
	}

	private static void stubPublish(ResponseDefinitionBuilder response) {
		server.stubFor(post(urlPathEqualTo("/v25.0/" + USER + "/media_publish")).willReturn(response));
	}

	private static void stubPermalink() {
		server.stubFor(get(urlPathEqualTo("/v25.0/17920238422030506")).willReturn(okJson("""
				{"id":"17920238422030506","permalink":"https://www.instagram.com/p/DAbCdEfGhIj/",
				 "shortcode":"DAbCdEfGhIj","timestamp":"2026-11-24T10:15:02+0000","media_type":"IMAGE"}
				""")));
	}

	private static ResponseDefinitionBuilder graphError(int status, int code, int subcode, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
					+ ((subcode != 0) ? ",\"error_subcode\":" + subcode : "") + ",\"fbtrace_id\":\"Ab1\"}}");
	}

}
