package org.carecast.channels.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
import org.carecast.channels.TemporaryFailureException;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MastodonPublishTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String TOKEN = "mA5xZ1-secret-token";

	static final UUID KEY = UUID.fromString("6f1c0b1e-2a57-4c65-9c35-b1c3b9f6f2a1");

	static final String TEXT = "Flu clinics open Saturday 9–1. Details: https://clinic.example/flu";

	static final String STATUS = """
			{ "id": "113507234987654321", "created_at": "2026-11-24T10:15:00.000Z", "in_reply_to_id": null,
			  "visibility": "public",
			  "uri": "https://social.example/users/cityclinic/statuses/113507234987654321",
			  "url": "https://social.example/@cityclinic/113507234987654321",
			  "content": "<p>Flu clinics open Saturday 9–1.</p>",
			  "replies_count": 0, "reblogs_count": 0, "favourites_count": 0, "quotes_count": 0,
			  "account": { "id": "109876", "username": "cityclinic", "acct": "cityclinic" },
			  "media_attachments": [], "mentions": [], "tags": [] }
			""";

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);

	private final MastodonConnector connector = connector(Duration.ofSeconds(5));

	private MastodonConnector connector(Duration timeout) {
		return new MastodonConnector(new NetworkHttp(ChannelNetwork.MASTODON, Duration.ofSeconds(2), timeout),
				this.clock);
	}

	static ChannelSession session() {
		return session(server.baseUrl());
	}

	static ChannelSession session(String baseUrl) {
		return new ChannelSession(new ChannelEndpoint(URI.create(baseUrl), "", "client-123", "secret-456"),
				new ChannelCredentials(TOKEN, null, null, "109876", "@cityclinic@social.example", null));
	}

	@Test
	void publishesTextWithTheIdempotencyKey() {
		server.stubFor(post("/api/v1/statuses").willReturn(okJson(STATUS)));

		PublishedPost published = this.connector.publish(session(),
				new OutboundPost(KEY, TEXT, List.of(), null, null, "en"));

		assertThat(published.remoteId()).isEqualTo("113507234987654321");
		assertThat(published.url()).isEqualTo(URI.create("https://social.example/@cityclinic/113507234987654321"));
		assertThat(published.publishedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
		assertThat(published.extra()).containsEntry("uri",
				"https://social.example/users/cityclinic/statuses/113507234987654321");
		server.verify(
				postRequestedFor(urlEqualTo("/api/v1/statuses")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
					.withHeader("Idempotency-Key", equalTo(KEY.toString()))
					.withHeader("Content-Type", equalTo("application/json"))
					.withRequestBody(equalToJson("""
							{ "status": "Flu clinics open Saturday 9–1. Details: https://clinic.example/flu",
							  "visibility": "public", "language": "en" }
							""")));
	}

	@Test
	void resendingWithTheSameKeyGetsTheSameStatus() {
		server.stubFor(post("/api/v1/statuses").withHeader("Idempotency-Key", equalTo(KEY.toString()))
			.willReturn(okJson(STATUS)));
		OutboundPost post = OutboundPost.text(KEY, TEXT);

		PublishedPost first = this.connector.publish(session(), post);
		PublishedPost second = this.connector.publish(session(), post);

		assertThat(second).isEqualTo(first);
		assertThat(this.connector.resendIsIdempotent()).isTrue();
	}

	@Test
	void repliesWithTheParentId() {
		server.stubFor(post("/api/v1/statuses").willReturn(okJson(STATUS)));

		this.connector.publish(session(), new OutboundPost(KEY, "@jane@other.example No booking needed.", List.of(),
				null, "113507301234567890", "en"));

		server.verify(postRequestedFor(urlEqualTo("/api/v1/statuses")).withRequestBody(equalToJson("""
				{ "status": "@jane@other.example No booking needed.", "visibility": "public", "language": "en",
				  "in_reply_to_id": "113507301234567890" }
				""")));
	}

	@Test
	void uploadsAnImageWithItsAltTextThenAttachesIt() {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01 };
		server.stubFor(post("/api/v2/media").willReturn(okJson("""
				{ "id": "22348641", "type": "image",
				  "url": "https://files.social.example/media_attachments/files/022/348/641/original/a1b2.jpeg",
				  "description": "Nurse giving a flu shot to an adult in a clinic room" }
				""")));
		server.stubFor(post("/api/v1/statuses").willReturn(okJson(STATUS)));

		this.connector.publish(session(), new OutboundPost(KEY, TEXT, List
			.of(new OutboundMedia(jpeg, "image/jpeg", "Nurse giving a flu shot to an adult in a clinic room", null)),
				null, null, null));

		server.verify(
				postRequestedFor(urlEqualTo("/api/v2/media")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
					.withAnyRequestBodyPart(aMultipart().withName("file")
						.withHeader("Content-Type", equalTo("image/jpeg"))
						.withBody(binaryEqualTo(jpeg)))
					.withAnyRequestBodyPart(aMultipart().withName("description")
						.withBody(equalTo("Nurse giving a flu shot to an adult in a clinic room"))));
		server.verify(postRequestedFor(urlEqualTo("/api/v1/statuses")).withRequestBody(equalToJson("""
				{ "status": "Flu clinics open Saturday 9–1. Details: https://clinic.example/flu",
				  "visibility": "public", "media_ids": ["22348641"] }
				""")));
	}

	@Test
	void waitsForMediaThatIsStillProcessing() {
		server.stubFor(post("/api/v2/media")
			.willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody("""
					{ "id": "22348641", "type": "image", "url": null,
					  "preview_url": "https://files.social.example/media_attachments/files/022/348/641/small/a1b2.jpeg",
					  "description": "Nurse giving a flu shot" }
					""")));
		server.stubFor(get("/api/v1/media/22348641").inScenario("processing")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(206)
				.withHeader("Content-Type", "application/json")
				.withBody("{ \"id\": \"22348641\", \"url\": null }"))
			.willSetStateTo("done"));
		server.stubFor(get("/api/v1/media/22348641").inScenario("processing")
			.whenScenarioStateIs("done")
			.willReturn(okJson("{ \"id\": \"22348641\", \"url\": \"https://files.social.example/a1b2.jpeg\" }")));
		server.stubFor(post("/api/v1/statuses").willReturn(okJson(STATUS)));

		this.connector.publish(session(),
				new OutboundPost(KEY, "", List
					.of(new OutboundMedia(new byte[] { 1, 2, 3 }, "image/png", "Nurse giving a flu shot", null)), null,
						null, null));

		server.verify(2, getRequestedFor(urlEqualTo("/api/v1/media/22348641")).withHeader("Authorization",
				equalTo("Bearer " + TOKEN)));
		server.verify(postRequestedFor(urlEqualTo("/api/v1/statuses")).withRequestBody(
				equalToJson("{ \"status\": \"\", \"visibility\": \"public\", \"media_ids\": [\"22348641\"] }")));
	}

	@Test
	void mediaThatFailsProcessingIsRejectedAndNothingIsPosted() {
		server.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{ \"id\": \"22348641\", \"url\": null }")));
		server.stubFor(get("/api/v1/media/22348641").willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("{ \"error\": \"Validation failed: File could not be processed\" }")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session(), new OutboundPost(KEY, TEXT,
					List.of(new OutboundMedia(new byte[] { 1 }, "video/mp4", "A short clip", null)), null, null, null)))
			.withMessage("Validation failed: File could not be processed");
		server.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
	}

	@Test
	void mediaWithoutBytesOrWithAForgedTypeIsRefusedBeforeAnyCall() {
		for (OutboundMedia media : List.of(
				new OutboundMedia(new byte[0], "image/jpeg", "alt", URI.create("https://cdn.example/a.jpg")),
				new OutboundMedia(new byte[] { 1 }, "image/jpeg\r\nX-Evil: 1", "alt", null),
				new OutboundMedia(new byte[] { 1 }, "application/pdf", "alt", null))) {
			assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> this.connector.publish(session(),
					new OutboundPost(KEY, TEXT, List.of(media), null, null, null)));
		}
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aValidationErrorIsARejectionWithMastodonsReason() {
		server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session(), OutboundPost.text(KEY, TEXT)))
			.satisfies((ex) -> {
				assertThat(ex.errorCode()).isEqualTo("422");
				assertThat(ex.duplicate()).isFalse();
				assertThat(ex.getMessage()).isEqualTo("Validation failed: Text character limit of 500 exceeded");
			});
	}

	@Test
	void aRefusedTokenNeverAppearsInTheMessage() {
		// A hostile or buggy server echoing the token must not get it into our logs.
		server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"The access token is invalid: " + TOKEN + "\"}")));

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.publish(session(), OutboundPost.text(KEY, TEXT)))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(TOKEN).doesNotContain(TEXT));
	}

	@Test
	void aTokenWithoutTheNeededScopeMeansReconnecting() {
		server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"This action is outside the authorized scopes\"}")));

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.publish(session(), OutboundPost.text(KEY, TEXT)));
	}

	@Test
	void aRateLimitCarriesTheExactResetInstant() {
		server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-RateLimit-Limit", "300")
			.withHeader("X-RateLimit-Remaining", "0")
			.withHeader("X-RateLimit-Reset", "2026-11-24T10:20:00.123456Z")
			.withBody("{\"error\":\"Too many requests\"}")));

		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session(), OutboundPost.text(KEY, TEXT)))
			.satisfies((ex) -> {
				assertThat(ex.retryAt()).isEqualTo(Instant.parse("2026-11-24T10:20:00.123456Z"));
				assertThat(ex.dailyCap()).isFalse();
			});
	}

	@Test
	void aGarbledResetHeaderLeavesTheBackoffToTheCaller() {
		server.stubFor(post("/api/v1/statuses")
			.willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "soon-ish").withBody("not json")));

		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session(), OutboundPost.text(KEY, TEXT)))
			.satisfies((ex) -> assertThat(ex.retryAt()).isNull());
	}

	@Test
	void aServerErrorOnPublishLeavesTheOutcomeUnknown() {
		server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(session(), OutboundPost.text(KEY, TEXT)))
			.withMessageNotContaining(TOKEN);
	}

	@Test
	void afterATimeoutTheSameKeyResendFindsTheStatus() {
		server.stubFor(post("/api/v1/statuses").inScenario("slow")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(STATUS).withFixedDelay(1500))
			.willSetStateTo("created"));
		server.stubFor(post("/api/v1/statuses").inScenario("slow")
			.whenScenarioStateIs("created")
			.withHeader("Idempotency-Key", equalTo(KEY.toString()))
			.willReturn(okJson(STATUS)));
		MastodonConnector impatient = connector(Duration.ofMillis(300));
		OutboundPost post = OutboundPost.text(KEY, TEXT);

		assertThatExceptionOfType(OutcomeUnknownException.class).isThrownBy(() -> impatient.publish(session(), post));
		PublishedPost resent = impatient.publish(session(), post);

		assertThat(resent.remoteId()).isEqualTo("113507234987654321");
		server.verify(2, postRequestedFor(urlEqualTo("/api/v1/statuses")).withHeader("Idempotency-Key",
				equalTo(KEY.toString())));
	}

	@Test
	void deletesAStatusAndTreatsAMissingOneAsGone() {
		server.stubFor(delete("/api/v1/statuses/113507234987654321").willReturn(okJson(STATUS)));
		server.stubFor(delete("/api/v1/statuses/404404").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Record not found\"}")));

		this.connector.delete(session(), "113507234987654321");
		this.connector.delete(session(), "404404");

		server.verify(deleteRequestedFor(urlEqualTo("/api/v1/statuses/113507234987654321")).withHeader("Authorization",
				equalTo("Bearer " + TOKEN)));
	}

	@Test
	void aDeleteThatFailsOnTheServerIsTemporary() {
		server.stubFor(delete("/api/v1/statuses/1").willReturn(aResponse().withStatus(500)));

		assertThatExceptionOfType(TemporaryFailureException.class)
			.isThrownBy(() -> this.connector.delete(session(), "1"));
	}

	@Test
	void idsThatCouldSteerTheCallElsewhereAreRefused() {
		for (String id : List.of("../../oauth/revoke", "1?x=2", "1/source", "", "１２３")) {
			assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> this.connector.delete(session(), id));
			assertThatExceptionOfType(RejectedException.class).isThrownBy(
					() -> this.connector.publish(session(), new OutboundPost(KEY, TEXT, List.of(), null, id, null)));
		}
		server.verify(0, anyRequestedFor(anyUrl()));
	}

}
