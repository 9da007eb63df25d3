package org.carecast.channels.facebook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.carecast.channels.AuthorizationExpiredException;
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
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FacebookPublishTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String PAGE = "1234567890";

	private static final String TEXT = "Flu shots this Saturday 9–1, no booking needed.";

	private final Instant now = Instant.parse("2026-11-24T10:15:00Z");

	private final FacebookConnector connector = new FacebookConnector(
			new NetworkHttp(ChannelNetwork.FACEBOOK, Duration.ofSeconds(2), Duration.ofMillis(1500)),
			Clock.fixed(this.now, ZoneOffset.UTC));

	private ChannelSession session(String token) {
		ChannelEndpoint endpoint = new ChannelEndpoint(URI.create(server.baseUrl()), "v25.0", "app-id", "app-secret");
		return new ChannelSession(endpoint, new ChannelCredentials(token, null, null, PAGE, "City Clinic",
				Map.of("page_id", PAGE, "user_token", "EAAB-long")));
	}

	private static OutboundPost textPost() {
		return new OutboundPost(UUID.randomUUID(), TEXT, List.of(), "https://clinic.example/flu", null, null);
	}

	@Test
	void textPostGoesToTheFeedAsThePageAndKeepsThePermalink() {
		stubFeed(okJson("{\"id\":\"1234567890_9876543210\"}"));
		stubPermalink();

		PublishedPost published = this.connector.publish(session("EAAB-page"), textPost());

		assertThat(published.remoteId()).isEqualTo("1234567890_9876543210");
		assertThat(published.url()).hasToString("https://www.facebook.com/1234567890/posts/9876543210");
		assertThat(published.publishedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/1234567890/feed"))
			.withHeader("Authorization", equalTo("Bearer EAAB-page"))
			.withQueryParam("access_token", absent())
			.withRequestBody(equalToJson(
					"{\"message\":\"" + TEXT + "\",\"link\":\"https://clinic.example/flu\",\"published\":true}")));
		server.verify(getRequestedFor(urlPathEqualTo("/v25.0/1234567890_9876543210")).withQueryParam("fields",
				equalTo("permalink_url,created_time")));
	}

	@Test
	void severalPhotosAreUploadedUnpublishedWithAltTextAndAttachedToOneFeedPost() {
		server.stubFor(post(urlPathEqualTo("/v25.0/1234567890/photos"))
			.withFormParam("url", equalTo("https://cdn.example/a.jpg"))
			.willReturn(okJson("{\"id\":\"photo-1\"}")));
		server.stubFor(post(urlPathEqualTo("/v25.0/1234567890/photos"))
			.withFormParam("url", equalTo("https://cdn.example/b.jpg"))
			.willReturn(okJson("{\"id\":\"photo-2\"}")));
		stubFeed(okJson("{\"id\":\"1234567890_9876543210\"}"));
		stubPermalink();
		OutboundPost post = new OutboundPost(UUID.randomUUID(), "Saturday flu clinic",
				List.of(image("a", "Nurse giving a flu shot"), image("b", "Queue outside the clinic")), null, null,
				null);

		this.connector.publish(session("EAAB-page"), post);

		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/1234567890/photos"))
			.withFormParam("published", equalTo("false"))
			.withFormParam("alt_text_custom", equalTo("Nurse giving a flu shot")));
		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/1234567890/feed")).withRequestBody(
				equalToJson("{\"message\":\"Saturday flu clinic\",\"attached_media\":[{\"media_fbid\":\"photo-1\"},"
						+ "{\"media_fbid\":\"photo-2\"}],\"published\":true}")));
	}

	@Test
	void onePhotoWithoutAPublicUrlIsThePostItselfSentAsMultipart() {
		server.stubFor(post(urlPathEqualTo("/v25.0/1234567890/photos"))
			.willReturn(okJson("{\"id\":\"photo-1\",\"post_id\":\"1234567890_555\"}")));
		stubPermalink();
		OutboundMedia bytes = new OutboundMedia("jpeg-bytes".getBytes(StandardCharsets.UTF_8), "image/jpeg",
				"Nurse giving a flu shot", null);

		PublishedPost published = this.connector.publish(session("EAAB-page"),
				new OutboundPost(UUID.randomUUID(), TEXT, List.of(bytes), null, null, null));

		assertThat(published.remoteId()).isEqualTo("1234567890_555");
		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/1234567890/photos"))
			.withHeader("Content-Type", containing("multipart/form-data; boundary="))
			.withRequestBody(containing("name=\"alt_text_custom\"\r\n\r\nNurse giving a flu shot"))
			.withRequestBody(containing("name=\"published\"\r\n\r\ntrue"))
			.withRequestBody(containing("jpeg-bytes")));
	}

	@Test
	void replyIsACommentOnTheObject() {
		server.stubFor(post(urlPathEqualTo("/v25.0/1234567890_9876543210/comments"))
			.willReturn(okJson("{\"id\":\"9876543210_111\"}")));
		server.stubFor(get(urlPathEqualTo("/v25.0/9876543210_111")).willReturn(okJson(
				"{\"id\":\"9876543210_111\",\"created_time\":\"2026-11-24T10:16:00+0000\",\"permalink_url\":\"https://www.facebook.com/c/111\"}")));

		PublishedPost reply = this.connector.publish(session("EAAB-page"), new OutboundPost(UUID.randomUUID(),
				"No booking needed.", List.of(), null, "1234567890_9876543210", null));

		assertThat(reply.remoteId()).isEqualTo("9876543210_111");
		server.verify(postRequestedFor(urlPathEqualTo("/v25.0/1234567890_9876543210/comments"))
			.withRequestBody(equalToJson("{\"message\":\"No booking needed.\"}")));
	}

	@Test
	void validationErrorIsRejectedWithTheGraphCode() {
		stubFeed(graphError(400, 100, 0, "(#100) Invalid parameter"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session("EAAB-page"), textPost()))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("100"))
			.satisfies((ex) -> assertThat(ex.duplicate()).isFalse())
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(TEXT));
	}

	@Test
	void error506IsADuplicate() {
		stubFeed(graphError(400, 506, 0, "(#506) Duplicate status message"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session("EAAB-page"), textPost()))
			.satisfies((ex) -> assertThat(ex.duplicate()).isTrue())
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("506"));
	}

	@Test
	void expiredTokenIsAnAuthorizationFailureThatNeverShowsTheTokenAndWorksAfterRefresh() {
		server.stubFor(post(urlPathEqualTo("/v25.0/1234567890/feed"))
			.withHeader("Authorization", equalTo("Bearer EAAB-page"))
			.willReturn(graphError(400, 190, 463, "Error validating access token EAAB-page: Session has expired")));
		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.publish(session("EAAB-page"), textPost()))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("EAAB-page").contains("code 190"));

		server.stubFor(get(urlPathEqualTo("/v25.0/oauth/access_token"))
			.willReturn(okJson("{\"access_token\":\"EAAB-long-2\",\"expires_in\":5183944}")));
		server.stubFor(get(urlPathEqualTo("/v25.0/me/accounts")).willReturn(okJson(
				"{\"data\":[{\"id\":\"1234567890\",\"name\":\"City Clinic\",\"access_token\":\"EAAB-page-2\"}]}")));
		server.stubFor(post(urlPathEqualTo("/v25.0/1234567890/feed"))
			.withHeader("Authorization", equalTo("Bearer EAAB-page-2"))
			.willReturn(okJson("{\"id\":\"1234567890_1\"}")));
		stubPermalink();
		ChannelCredentials renewed = this.connector.refresh(session("EAAB-page").endpoint(),
				session("EAAB-page").credentials());

		PublishedPost published = this.connector.publish(new ChannelSession(session("x").endpoint(), renewed),
				textPost());
		assertThat(published.remoteId()).isEqualTo("1234567890_1");
	}

	@Test
	void pageThrottlingWaitsUntilMetaSaysAccessReturns() {
		stubFeed(graphError(400, 80001, 0, "(#80001) There have been too many calls to this Page account.")
			.withHeader("X-Business-Use-Case-Usage", "{\"1234567890\":[{\"type\":\"pages\",\"call_count\":100,"
					+ "\"total_cputime\":20,\"total_time\":22,\"estimated_time_to_regain_access\":12}]}"));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session("EAAB-page"), textPost()))
			.satisfies((ex) -> assertThat(ex.retryAt()).isEqualTo(this.now.plus(Duration.ofMinutes(12))))
			.satisfies((ex) -> assertThat(ex.dailyCap()).isTrue());
	}

	@Test
	void photoUploadNearTheBudgetStopsBeforeThePostGoesOut() {
		server.stubFor(post(urlPathEqualTo("/v25.0/1234567890/photos")).willReturn(okJson("{\"id\":\"photo-1\"}")
			.withHeader("X-App-Usage", "{\"call_count\":95,\"total_cputime\":10,\"total_time\":15}")));
		OutboundPost post = new OutboundPost(UUID.randomUUID(), "Two photos",
				List.of(image("a", "one"), image("b", "two")), null, null, null);
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session("EAAB-page"), post));
		server.verify(0, postRequestedFor(urlPathEqualTo("/v25.0/1234567890/feed")));
	}

	@Test
	void serverErrorOnTheFeedLeavesTheOutcomeUnknown() {
		stubFeed(aResponse().withStatus(500));
		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(session("EAAB-page"), textPost()));
	}

	@Test
	void timeoutOnTheFeedLeavesTheOutcomeUnknownAndTheDuplicateCheckFindsThePost() {
		stubFeed(okJson("{\"id\":\"1234567890_9876543210\"}").withFixedDelay(3000));
		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(session("EAAB-page"), textPost()));

		stubPublishedPosts("""
				{"data":[{"id":"1234567890_1","message":"Older post","created_time":"2026-11-24T10:16:00+0000"},
				         {"id":"1234567890_9876543210","message":"%s","created_time":"2026-11-24T10:15:02+0000",
				          "permalink_url":"https://www.facebook.com/1234567890/posts/9876543210"}]}
				""".formatted(TEXT));
		PublishedPost found = this.connector.findPublished(session("EAAB-page"), textPost(), this.now).orElseThrow();

		assertThat(found.remoteId()).isEqualTo("1234567890_9876543210");
		assertThat(found.url()).hasToString("https://www.facebook.com/1234567890/posts/9876543210");
		server.verify(getRequestedFor(urlPathEqualTo("/v25.0/1234567890/published_posts"))
			.withQueryParam("fields", equalTo("id,message,created_time,permalink_url,attachments{target{id}}"))
			.withQueryParam("limit", equalTo("10"))
			.withHeader("Authorization", equalTo("Bearer EAAB-page")));
	}

	@Test
	void duplicateCheckIgnoresTheSameTextPostedBeforeTheFirstAttempt() {
		stubPublishedPosts("""
				{"data":[{"id":"1234567890_1","message":"%s","created_time":"2026-11-23T09:00:00+0000"}]}
				""".formatted(TEXT));
		assertThat(this.connector.findPublished(session("EAAB-page"), textPost(), this.now)).isEmpty();
	}

	@Test
	void deletingSucceedsAndAPostAlreadyGoneCountsAsDeleted() {
		server.stubFor(delete(urlPathEqualTo("/v25.0/1234567890_1")).willReturn(okJson("{\"success\":true}")));
		server.stubFor(delete(urlPathEqualTo("/v25.0/1234567890_2"))
			.willReturn(graphError(400, 100, 33, "(#100) Object with ID '1234567890_2' does not exist")));
		server.stubFor(delete(urlPathEqualTo("/v25.0/1234567890_3"))
			.willReturn(graphError(403, 200, 0, "(#200) Permissions error")));

		this.connector.delete(session("EAAB-page"), "1234567890_1");
		this.connector.delete(session("EAAB-page"), "1234567890_2");
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.delete(session("EAAB-page"), "1234567890_3"));
	}

	private static OutboundMedia image(String name, String alt) {
		return new OutboundMedia(new byte[0], "image/jpeg", alt, URI.create("https://cdn.example/" + name + ".jpg"));
	}

	private static void stubFeed(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		server.stubFor(post(urlPathEqualTo("/v25.0/1234567890/feed")).willReturn(response));
	}

	private static void stubPermalink() {
		server.stubFor(get(urlPathEqualTo("/v25.0/1234567890_9876543210")).willReturn(okJson("""
				{"permalink_url":"https://www.facebook.com/1234567890/posts/9876543210",
				 "created_time":"2026-11-24T10:15:00+0000","id":"1234567890_9876543210"}
				""")));
		server.stubFor(get(urlPathEqualTo("/v25.0/1234567890_555"))
			.willReturn(okJson("{\"id\":\"1234567890_555\",\"created_time\":\"2026-11-24T10:15:00+0000\"}")));
		server.stubFor(get(urlPathEqualTo("/v25.0/1234567890_1"))
			.willReturn(okJson("{\"id\":\"1234567890_1\",\"created_time\":\"2026-11-24T10:15:00+0000\"}")));
	}

	private static void stubPublishedPosts(String body) {
		server.stubFor(get(urlPathEqualTo("/v25.0/1234567890/published_posts")).willReturn(okJson(body)));
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder graphError(int status, int code,
			int subcode, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
					+ ((subcode != 0) ? ",\"error_subcode\":" + subcode : "")
					+ ",\"is_transient\":false,\"fbtrace_id\":\"AbCdEfGh123\"}}");
	}

}
