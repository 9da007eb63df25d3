package org.carecast.channels.x;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
import org.carecast.channels.TemporaryFailureException;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class XConnectorTests {

	@RegisterExtension
	static WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String TOKEN = "VGNibzFWSmZSc2Vjcm0tYWNjZXNzLXRva2VuLTk4NzY1";

	private static final Instant NOW = Instant.parse("2026-11-24T10:40:00Z");

	private static final String FLU = "Flu shots this Saturday 9–1, no booking needed. https://clinic.example/flu";

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final XConnector connector = new XConnector(
			new NetworkHttp(ChannelNetwork.X, Duration.ofSeconds(5), Duration.ofSeconds(10)), this.clock);

	/** Gives up long before the stubs' fixed delay. */
	private final XConnector impatient = new XConnector(
			new NetworkHttp(ChannelNetwork.X, Duration.ofSeconds(5), Duration.ofSeconds(1)), this.clock);

	private ChannelEndpoint endpoint() {
		return new ChannelEndpoint(URI.create(x.baseUrl()), "", "client-1", "secret-1");
	}

	private ChannelSession session(String token) {
		return new ChannelSession(endpoint(), new ChannelCredentials(token, "bWRWa3gzrefresh", NOW.plusSeconds(3600),
				"2244994945", "@cityclinic", Map.of()));
	}

	private static String created(String id, String text) {
		return "{\"data\":{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"edit_history_tweet_ids\":[\"" + id
				+ "\"]}}";
	}

	@Test
	void authorizationUrlAsksForPkceS256AndOfflineAccessOnTheWebHost() {
		ChannelEndpoint real = new ChannelEndpoint(URI.create("https://api.x.com"), "", "client 1", null);
		URI url = this.connector.authorizationUrl(new AuthorizationRequest(real,
				URI.create("https://carecast.example/channels/x/callback"), "st&te", "E9Melhoa2Owv"));
		assertThat(url).hasToString("https://x.com/i/oauth2/authorize?response_type=code&client_id=client%201"
				+ "&redirect_uri=https%3A%2F%2Fcarecast.example%2Fchannels%2Fx%2Fcallback"
				+ "&scope=tweet.read%20tweet.write%20users.read%20media.write%20offline.access"
				+ "&state=st%26te&code_challenge=E9Melhoa2Owv&code_challenge_method=S256");
	}

	@Test
	void exchangeCodeAsConfidentialClientThenIdentifiesTheAccount() {
		x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + TOKEN
					+ "\",\"scope\":\"tweet.read tweet.write users.read media.write offline.access\","
					+ "\"refresh_token\":\"bWRWa3gz\"}")));
		x.stubFor(get("/2/users/me").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"data\":{\"id\":\"2244994945\",\"name\":\"City Clinic\",\"username\":\"cityclinic\"}}")));

		ChannelCredentials credentials = this.connector.exchangeCode(endpoint(), "code-1",
				URI.create("https://carecast.example/cb"), "verifier-1");

		assertThat(credentials.accessToken()).isEqualTo(TOKEN);
		assertThat(credentials.refreshToken()).isEqualTo("bWRWa3gz");
		assertThat(credentials.expiresAt()).isEqualTo(NOW.plusSeconds(7200));
		assertThat(credentials.accountId()).isEqualTo("2244994945");
		assertThat(credentials.handle()).isEqualTo("@cityclinic");
		x.verify(postRequestedFor(urlEqualTo("/2/oauth2/token"))
			.withHeader("Authorization", equalTo("Basic Y2xpZW50LTE6c2VjcmV0LTE="))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withRequestBody(equalTo("grant_type=authorization_code&code=code-1"
					+ "&redirect_uri=https%3A%2F%2Fcarecast.example%2Fcb&code_verifier=verifier-1")));
		x.verify(getRequestedFor(urlEqualTo("/2/users/me")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
	}

	@Test
	void publicClientNamesItselfInTheBodyInsteadOfBasic() {
		x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + TOKEN + "\"}")));
		x.stubFor(get("/2/users/me")
			.willReturn(aResponse().withBody("{\"data\":{\"id\":\"2244994945\",\"username\":\"cityclinic\"}}")));
		ChannelEndpoint publicClient = new ChannelEndpoint(URI.create(x.baseUrl()), "", "client-1", null);

		ChannelCredentials credentials = this.connector.exchangeCode(publicClient, "code-1",
				URI.create("https://carecast.example/cb"), "verifier-1");

		assertThat(credentials.refreshToken()).isNull();
		x.verify(postRequestedFor(urlEqualTo("/2/oauth2/token")).withHeader("Authorization", absent())
			.withRequestBody(equalTo("grant_type=authorization_code&code=code-1"
					+ "&redirect_uri=https%3A%2F%2Fcarecast.example%2Fcb&code_verifier=verifier-1&client_id=client-1")));
	}

	@Test
	void anExpiredCodeIsRejectedWithoutQuotingIt() {
		x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(400)
			.withBody("{\"error\":\"invalid_request\",\"error_description\":"
					+ "\"Value passed for the authorization code was invalid: code-secret-0123456789abcdef\"}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.exchangeCode(endpoint(), "code-secret-0123456789abcdef",
					URI.create("https://carecast.example/cb"), "v"))
			.withMessage("X refused the authorization (invalid_request)");
	}

	@Test
	void publishesTextAndLinksToThePost() {
		x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(created("1861234567890123456",
					"Flu shots this Saturday 9–1, no booking needed. https://t.co/AbCdEf1234"))));

		PublishedPost post = this.connector.publish(session(TOKEN), OutboundPost.text(UUID.randomUUID(), FLU));

		assertThat(post.remoteId()).isEqualTo("1861234567890123456");
		assertThat(post.url()).hasToString("https://x.com/cityclinic/status/1861234567890123456");
		assertThat(post.publishedAt()).isEqualTo(NOW);
		x.verify(postRequestedFor(urlEqualTo("/2/tweets")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"text\":\"" + FLU + "\"}")));
	}

	@Test
	void uploadsImagesSetsAltTextThenPostsWithTheirIds() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3 };
		x.stubFor(post("/2/media/upload").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"data\":{\"id\":\"1880028106020515840\",\"media_key\":\"3_1880028106020515840\","
					+ "\"size\":8,\"expires_after_secs\":86400,"
					+ "\"image\":{\"image_type\":\"image/png\",\"w\":1600,\"h\":1200}}}")));
		x.stubFor(post("/2/media/metadata").willReturn(aResponse().withBody("{\"data\":{\"id\":\"1880028106020515840\","
				+ "\"associated_metadata\":{\"alt_text\":{\"text\":\"Nurse giving a flu shot to an adult\"}}}}")));
		x.stubFor(post("/2/tweets")
			.willReturn(aResponse().withStatus(201).withBody(created("1861234567890123456", "x"))));
		OutboundPost post = new OutboundPost(UUID.randomUUID(), "Flu shots today",
				List.of(new OutboundMedia(png, "image/png", "Nurse giving a flu shot to an adult", null)), null, null,
				"en");

		this.connector.publish(session(TOKEN), post);

		x.verify(postRequestedFor(urlEqualTo("/2/media/upload")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withAnyRequestBodyPart(aMultipart().withName("media")
				.withHeader("Content-Type", equalTo("image/png"))
				.withBody(binaryEqualTo(png)))
			.withAnyRequestBodyPart(aMultipart().withName("media_category").withBody(equalTo("tweet_image"))));
		x.verify(postRequestedFor(urlEqualTo("/2/media/metadata")).withRequestBody(equalToJson(
				"{\"id\":\"1880028106020515840\",\"metadata\":{\"alt_text\":{\"text\":\"Nurse giving a flu shot to an adult\"}}}")));
		x.verify(postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(
				equalToJson("{\"text\":\"Flu shots today\",\"media\":{\"media_ids\":[\"1880028106020515840\"]}}")));
	}

	@Test
	void aFailedUploadIsTemporaryAndPublishesNothing() {
		x.stubFor(post("/2/media/upload").willReturn(aResponse().withStatus(503)));
		OutboundPost post = new OutboundPost(UUID.randomUUID(), "Flu shots today",
				List.of(new OutboundMedia(new byte[] { 1 }, "image/jpeg", "Clinic door", null)), null, null, null);

		assertThatExceptionOfType(TemporaryFailureException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), post));
		x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
	}

	@Test
	void videoIsRefusedPlainlyBeforeAnyCall() {
		OutboundPost post = new OutboundPost(UUID.randomUUID(), "Clip",
				List.of(new OutboundMedia(new byte[] { 1 }, "video/mp4", "A nurse explains", null)), null, null, null);

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), post))
			.withMessage("Carecast can send only still images to X for now");
		assertThat(x.getAllServeEvents()).isEmpty();
	}

	@Test
	void repliesNameThePostTheyAnswer() {
		x.stubFor(post("/2/tweets")
			.willReturn(aResponse().withStatus(201).withBody(created("1861240000000000099", "x"))));

		this.connector.publish(session(TOKEN), new OutboundPost(UUID.randomUUID(), "@jane_doe No booking needed.",
				List.of(), null, "1861240000000000001", null));

		x.verify(postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(equalToJson(
				"{\"text\":\"@jane_doe No booking needed.\",\"reply\":{\"in_reply_to_tweet_id\":\"1861240000000000001\"}}")));
	}

	@Test
	void invalidRequestIsRejectedWithoutEchoingTheValuesSent() {
		x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"errors\":[{\"parameters\":{\"reply.in_reply_to_tweet_id\":[\"abc\"]},"
					+ "\"message\":\"The `reply.in_reply_to_tweet_id` query parameter value [abc] does not match ^[0-9]{1,19}$\"}],"
					+ "\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to your request was invalid.\","
					+ "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN),
					new OutboundPost(UUID.randomUUID(), "Hi", List.of(), null, "abc", null)))
			.satisfies((ex) -> {
				assertThat(ex.duplicate()).isFalse();
				assertThat(ex.errorCode()).isEqualTo("400");
				assertThat(ex.getMessage()).isEqualTo("One or more parameters to your request was invalid.");
			});
	}

	@Test
	void duplicateContentIsADuplicateRejectionThatTheLookupResolves() {
		x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(403)
			.withBody("{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\","
					+ "\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}")));
		x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets")).willReturn(aResponse()
			.withBody("{\"data\":[{\"id\":\"1861234567890123456\",\"created_at\":\"2026-11-24T10:40:02.000Z\",\"text\":"
					+ "\"Flu shots this Saturday 9–1, no booking needed. https://t.co/AbCdEf1234\"}],"
					+ "\"meta\":{\"result_count\":1}}")));
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), FLU);

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), post))
			.satisfies((ex) -> assertThat(ex.duplicate()).isTrue());
		assertThat(this.connector.findPublished(session(TOKEN), post, NOW)).get()
			.extracting(PublishedPost::remoteId)
			.isEqualTo("1861234567890123456");
	}

	@Test
	void replyNotPermittedIsAPlainRejection() {
		x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(403)
			.withBody("{\"detail\":\"Reply to this conversation is not allowed because you have not been mentioned "
					+ "or otherwise engaged by the author of the post you are replying to.\",\"type\":\"about:blank\","
					+ "\"title\":\"Forbidden\",\"status\":403}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN),
					new OutboundPost(UUID.randomUUID(), "Hi", List.of(), null, "1861240000000000001", null)))
			.satisfies((ex) -> {
				assertThat(ex.duplicate()).isFalse();
				assertThat(ex.getMessage()).startsWith("Reply to this conversation is not allowed");
			});
	}

	@Test
	void expiredTokenThenOneRefreshThenThePostGoesOut() {
		x.stubFor(post("/2/tweets").withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.willReturn(aResponse().withStatus(401)
				.withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
						+ "\"detail\":\"Unauthorized: token " + TOKEN + " expired\"}")));
		x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withBody(
				"{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"fresh-token\",\"refresh_token\":\"next-refresh\"}")));
		x.stubFor(post("/2/tweets").withHeader("Authorization", equalTo("Bearer fresh-token"))
			.willReturn(aResponse().withStatus(201).withBody(created("1861234567890123456", "Hi"))));
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Hi");

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), post))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(TOKEN));
		ChannelCredentials refreshed = this.connector.refresh(endpoint(), session(TOKEN).credentials());
		PublishedPost published = this.connector.publish(new ChannelSession(endpoint(), refreshed), post);

		assertThat(refreshed.accessToken()).isEqualTo("fresh-token");
		assertThat(refreshed.refreshToken()).isEqualTo("next-refresh");
		assertThat(refreshed.accountId()).isEqualTo("2244994945");
		assertThat(published.remoteId()).isEqualTo("1861234567890123456");
		x.verify(postRequestedFor(urlEqualTo("/2/oauth2/token"))
			.withHeader("Authorization", equalTo("Basic Y2xpZW50LTE6c2VjcmV0LTE="))
			.withRequestBody(equalTo("grant_type=refresh_token&refresh_token=bWRWa3gzrefresh")));
	}

	@Test
	void aRefusedOrMissingRefreshTokenMeansReconnect() {
		x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(400)
			.withBody(
					"{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}")));
		ChannelCredentials noRefresh = new ChannelCredentials(TOKEN, null, null, "2244994945", "@cityclinic", null);

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(endpoint(), session(TOKEN).credentials()))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("bWRWa3gzrefresh"));
		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(endpoint(), noRefresh));
	}

	@Test
	void rateLimitWaitsForTheExactReset() {
		x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(429)
			.withHeader("x-rate-limit-limit", "100")
			.withHeader("x-rate-limit-remaining", "0")
			.withHeader("x-rate-limit-reset", "1764001200")
			.withBody(
					"{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}")));

		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), OutboundPost.text(UUID.randomUUID(), "Hi")))
			.satisfies((ex) -> {
				assertThat(ex.retryAt()).isEqualTo(Instant.ofEpochSecond(1764001200));
				assertThat(ex.dailyCap()).isFalse();
			});
	}

	@Test
	void aSpentDailyCapWaitsForThe24HourReset() {
		x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(429)
			.withHeader("x-rate-limit-reset", "1764001200")
			.withHeader("x-user-limit-24hour-limit", "100")
			.withHeader("x-user-limit-24hour-remaining", "0")
			.withHeader("x-user-limit-24hour-reset", "1764050000")
			.withHeader("x-app-limit-24hour-remaining", "7431")
			.withHeader("x-app-limit-24hour-reset", "1764060000")
			.withBody("{\"title\":\"Too Many Requests\",\"status\":429}")));

		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), OutboundPost.text(UUID.randomUUID(), "Hi")))
			.satisfies((ex) -> {
				assertThat(ex.retryAt()).isEqualTo(Instant.ofEpochSecond(1764050000));
				assertThat(ex.dailyCap()).isTrue();
			});
	}

	@Test
	void aServerErrorOnPublishLeavesTheOutcomeUnknown() {
		x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), OutboundPost.text(UUID.randomUUID(), "Hi")));
	}

	@Test
	void aTimeoutOnPublishIsUnknownAndTheLookupFindsThePost() {
		x.stubFor(post("/2/tweets").willReturn(
				aResponse().withStatus(201).withFixedDelay(5000).withBody(created("1861234567890123456", "x"))));
		x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets")).willReturn(aResponse().withBody("{\"data\":["
				+ "{\"id\":\"1861230000000000000\",\"created_at\":\"2026-11-24T10:39:30.000Z\",\"text\":\"Something else\"},"
				+ "{\"id\":\"1861234567890123456\",\"created_at\":\"2026-11-24T10:40:01.000Z\",\"text\":"
				+ "\"Flu shots this Saturday 9–1, no booking needed. https://t.co/AbCdEf1234\"}],\"meta\":{\"result_count\":2}}")));
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), FLU);

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.impatient.publish(session(TOKEN), post));
		PublishedPost found = this.connector.findPublished(session(TOKEN), post, NOW).orElseThrow();

		assertThat(found.remoteId()).isEqualTo("1861234567890123456");
		assertThat(found.publishedAt()).isEqualTo(Instant.parse("2026-11-24T10:40:01Z"));
		assertThat(found.url()).hasToString("https://x.com/cityclinic/status/1861234567890123456");
		x.verify(getRequestedFor(urlEqualTo("/2/users/2244994945/tweets?max_results=5"
				+ "&tweet.fields=created_at,text&start_time=2026-11-24T10%3A39%3A00Z"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
	}

	@Test
	void aTimeoutOnPublishIsUnknownAndTheLookupFindsNothingOlderOrDifferent() {
		x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withFixedDelay(5000)));
		x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets")).willReturn(aResponse().withBody("{\"data\":["
				+ "{\"id\":\"1861230000000000000\",\"created_at\":\"2026-11-24T10:38:00.000Z\",\"text\":\"" + FLU
				+ "\"}," + "{\"id\":\"1861230000000000001\",\"created_at\":\"2026-11-24T10:40:05.000Z\",\"text\":"
				+ "\"Flu shots this Sunday 9–1, no booking needed. https://t.co/AbCdEf1234\"}],\"meta\":{\"result_count\":2}}")));
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), FLU);

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.impatient.publish(session(TOKEN), post));
		assertThat(this.connector.findPublished(session(TOKEN), post, NOW)).isEmpty();
	}

	@Test
	void anAccountWithNoRecentPostsHasNoDuplicate() {
		x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets"))
			.willReturn(aResponse().withBody("{\"meta\":{\"result_count\":0}}")));

		assertThat(this.connector.findPublished(session(TOKEN), OutboundPost.text(UUID.randomUUID(), FLU), NOW))
			.isEmpty();
	}

	@Test
	void deleteTreatsAnAlreadyGonePostAsDone() {
		x.stubFor(delete("/2/tweets/1861234567890123456")
			.willReturn(aResponse().withBody("{\"data\":{\"deleted\":true}}")));
		x.stubFor(delete("/2/tweets/1861234567890123457").willReturn(aResponse().withStatus(404)
			.withBody("{\"title\":\"Not Found Error\",\"detail\":\"Could not find tweet\",\"status\":404}")));

		this.connector.delete(session(TOKEN), "1861234567890123456");
		this.connector.delete(session(TOKEN), "1861234567890123457");

		x.verify(deleteRequestedFor(urlEqualTo("/2/tweets/1861234567890123456")).withHeader("Authorization",
				equalTo("Bearer " + TOKEN)));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.delete(session(TOKEN), "../users/me"));
	}

	@Test
	void revokeRevokesBothTokens() {
		x.stubFor(post("/2/oauth2/revoke").willReturn(aResponse().withBody("{\"revoked\":true}")));

		this.connector.revoke(endpoint(), session(TOKEN).credentials());

		x.verify(postRequestedFor(urlEqualTo("/2/oauth2/revoke"))
			.withRequestBody(equalTo("token=" + TOKEN + "&client_id=client-1")));
		x.verify(postRequestedFor(urlEqualTo("/2/oauth2/revoke"))
			.withRequestBody(equalTo("token=bWRWa3gzrefresh&client_id=client-1")));
	}

}
