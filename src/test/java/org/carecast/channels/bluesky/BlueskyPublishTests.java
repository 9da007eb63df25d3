package org.carecast.channels.bluesky;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

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
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BlueskyPublishTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String DID = BlueskySessionTests.DID;

	private static final String TOKEN = "eyJ-access-secret";

	private static final UUID KEY = UUID.fromString("6f1c0b1e-2a57-4c65-9c35-b1c3b9f6f2a1");

	private static final String RKEY = RecordKeys.forPost(KEY);

	private static final String AT_URI = "at://" + DID + "/app.bsky.feed.post/" + RKEY;

	private static final String CREATED = """
			{ "uri": "%s", "cid": "bafyreibjifzpqj6o6wcq3hejh7y4z4z2vmiklkvykc57tw3pcbx3kxifpm",
			  "commit": { "cid": "bafyreih3xd", "rev": "3mh2k7xr4q22b" }, "validationStatus": "valid" }
			""".formatted(AT_URI);

	private static final String GET_RECORD = "/xrpc/com.atproto.repo.getRecord?repo=" + DID.replace(":", "%3A")
			+ "&collection=app.bsky.feed.post&rkey=" + RKEY;

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);

	private final BlueskyConnector connector = connector(Duration.ofSeconds(5));

	private BlueskyConnector connector(Duration timeout) {
		return new BlueskyConnector(new NetworkHttp(ChannelNetwork.BLUESKY, Duration.ofSeconds(2), timeout),
				this.clock);
	}

	private static ChannelSession session(String token) {
		return new ChannelSession(new ChannelEndpoint(URI.create(server.baseUrl()), "", "", null),
				new ChannelCredentials(token, "refresh-1", null, DID, "cityclinic.bsky.social", null));
	}

	private static void recordNotFound() {
		server.stubFor(get(GET_RECORD).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record: " + AT_URI + "\"}")));
	}

	private static void recordFound(String text) {
		server.stubFor(get(GET_RECORD).willReturn(okJson("""
				{ "uri": "%s", "cid": "bafyreibjif",
				  "value": { "$type": "app.bsky.feed.post", "text": "%s", "createdAt": "2026-11-24T10:15:00.000Z" } }
				""".formatted(AT_URI, text))));
	}

	@Test
	void publishesWithMentionTagAndLinkFacetsUnderTheDerivedRecordKey() {
		server.stubFor(get("/xrpc/com.atproto.identity.resolveHandle?handle=drlee.bsky.social")
			.willReturn(okJson("{\"did\":\"did:plc:ewvi7nxzyoun6zhxrhs64oiz\"}")));
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(okJson(CREATED)));

		PublishedPost published = this.connector.publish(session(TOKEN),
				new OutboundPost(KEY, "Flu shots Sat with @drlee.bsky.social #FluSeason https://clinic.example/flu",
						List.of(), null, null, "en"));

		assertThat(published.remoteId()).isEqualTo(AT_URI);
		assertThat(published.url())
			.isEqualTo(URI.create("https://bsky.app/profile/cityclinic.bsky.social/post/" + RKEY));
		assertThat(published.extra()).containsEntry("cid",
				"bafyreibjifzpqj6o6wcq3hejh7y4z4z2vmiklkvykc57tw3pcbx3kxifpm");
		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withRequestBody(equalToJson(
					"""
							{ "repo": "%s", "collection": "app.bsky.feed.post", "rkey": "%s",
							  "record": { "$type": "app.bsky.feed.post",
							    "text": "Flu shots Sat with @drlee.bsky.social #FluSeason https://clinic.example/flu",
							    "createdAt": "2026-11-24T10:15:00.000Z", "langs": ["en"],
							    "facets": [
							      { "index": { "byteStart": 19, "byteEnd": 37 },
							        "features": [ { "$type": "app.bsky.richtext.facet#mention", "did": "did:plc:ewvi7nxzyoun6zhxrhs64oiz" } ] },
							      { "index": { "byteStart": 38, "byteEnd": 48 },
							        "features": [ { "$type": "app.bsky.richtext.facet#tag", "tag": "FluSeason" } ] },
							      { "index": { "byteStart": 49, "byteEnd": 75 },
							        "features": [ { "$type": "app.bsky.richtext.facet#link", "uri": "https://clinic.example/flu" } ] } ] } }
							"""
						.formatted(DID, RKEY))));
		server.verify(getRequestedFor(urlPathEqualTo("/xrpc/com.atproto.identity.resolveHandle"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
	}

	@Test
	void theGuideVectorGetsItsFacetsAtTheDocumentedBytes() {
		server.stubFor(get("/xrpc/com.atproto.identity.resolveHandle?handle=atproto.com")
			.willReturn(okJson("{\"did\":\"did:plc:ewvi7nxzyoun6zhxrhs64oiz\"}")));
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(okJson(CREATED)));

		this.connector.publish(session(TOKEN), OutboundPost.text(KEY,
				"✨ example mentioning @atproto.com to share the URL 👨‍❤️‍👨 https://en.wikipedia.org/wiki/CBOR."));

		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
			.withRequestBody(matchingJsonPath("$.record.facets[0].index.byteStart", equalTo("23")))
			.withRequestBody(matchingJsonPath("$.record.facets[0].index.byteEnd", equalTo("35")))
			.withRequestBody(matchingJsonPath("$.record.facets[1].index.byteStart", equalTo("74")))
			.withRequestBody(matchingJsonPath("$.record.facets[1].index.byteEnd", equalTo("108")))
			.withRequestBody(matchingJsonPath("$.record.facets[1].features[0].uri",
					equalTo("https://en.wikipedia.org/wiki/CBOR"))));
	}

	@Test
	void aHandleThatDoesNotResolveStaysPlainText() {
		server.stubFor(get("/xrpc/com.atproto.identity.resolveHandle?handle=nobody.example")
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"HandleNotFound\",\"message\":\"Unable to resolve handle\"}")));
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(okJson(CREATED)));

		this.connector.publish(session(TOKEN), OutboundPost.text(KEY, "Thanks @nobody.example!"));

		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord")).withRequestBody(equalToJson(
				"{ \"repo\": \"%s\", \"collection\": \"app.bsky.feed.post\", \"rkey\": \"%s\", \"record\": { \"$type\": \"app.bsky.feed.post\", \"text\": \"Thanks @nobody.example!\", \"createdAt\": \"2026-11-24T10:15:00.000Z\" } }"
					.formatted(DID, RKEY))));
	}

	@Test
	void uploadsImagesAsBlobsWithAltTextAndAspectRatio() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB), "png", png);
		server.stubFor(post("/xrpc/com.atproto.repo.uploadBlob").willReturn(
				okJson("""
						{ "blob": { "$type": "blob", "ref": { "$link": "bafkreibabalobzn6cd366ukcsjycp4yymjymgfxcv6xczmlgpemzkz3cfa" },
						  "mimeType": "image/png", "size": 760898 } }
						""")));
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(okJson(CREATED)));

		this.connector.publish(session(TOKEN),
				new OutboundPost(KEY, "Flu shots", List
					.of(new OutboundMedia(png.toByteArray(), "image/png", "Nurse giving a flu shot to an adult", null)),
						null, null, null));

		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.uploadBlob"))
			.withHeader("Content-Type", equalTo("image/png"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withRequestBody(binaryEqualTo(png.toByteArray())));
		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
			.withRequestBody(matchingJsonPath("$.record.embed", equalToJson(
					"""
							{ "$type": "app.bsky.embed.images",
							  "images": [ { "alt": "Nurse giving a flu shot to an adult",
							    "image": { "$type": "blob", "ref": { "$link": "bafkreibabalobzn6cd366ukcsjycp4yymjymgfxcv6xczmlgpemzkz3cfa" },
							               "mimeType": "image/png", "size": 760898 },
							    "aspectRatio": { "width": 16, "height": 12 } } ] }
							"""))));
	}

	@Test
	void imagesOverTheLimitsAreRefusedBeforeAnyUpload() {
		OutboundMedia small = new OutboundMedia(new byte[] { 1 }, "image/jpeg", "alt", null);
		for (List<OutboundMedia> media : List.of(List.of(small, small, small, small, small),
				List.of(new OutboundMedia(new byte[2_000_001], "image/jpeg", "alt", null)),
				List.of(new OutboundMedia(new byte[] { 1 }, "video/mp4", "alt", null)),
				List.of(new OutboundMedia(new byte[0], "image/jpeg", "alt",
						URI.create("https://cdn.example/a.jpg"))))) {
			assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> this.connector.publish(session(TOKEN),
					new OutboundPost(KEY, "Flu shots", media, null, null, null)));
		}
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), OutboundPost.text(KEY, "a".repeat(301))));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aReplyCarriesTheThreadRootAndTheParent() {
		String parent = "at://did:plc:abcd/app.bsky.feed.post/3mh2m3aa7kc2x";
		server.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPosts")).willReturn(
				okJson("""
						{ "posts": [ { "uri": "%s", "cid": "bafyreiaxf7",
						  "author": { "did": "did:plc:abcd", "handle": "jane.bsky.social" },
						  "record": { "text": "Do I need to book?", "createdAt": "2026-11-24T10:40:00.000Z",
						    "reply": { "root": { "uri": "at://%s/app.bsky.feed.post/3mh2k7xq2lc2a", "cid": "bafyreibjif" },
						               "parent": { "uri": "at://%s/app.bsky.feed.post/3mh2k7xq2lc2a", "cid": "bafyreibjif" } } } } ] }
						"""
					.formatted(parent, DID, DID))));
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(okJson(CREATED)));

		this.connector.publish(session(TOKEN),
				new OutboundPost(KEY, "No booking needed.", List.of(), null, parent, null));

		server.verify(getRequestedFor(
				urlEqualTo("/xrpc/app.bsky.feed.getPosts?uris=" + parent.replace(":", "%3A").replace("/", "%2F"))));
		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
			.withRequestBody(matchingJsonPath("$.record.reply", equalToJson("""
					{ "root": { "uri": "at://%s/app.bsky.feed.post/3mh2k7xq2lc2a", "cid": "bafyreibjif" },
					  "parent": { "uri": "%s", "cid": "bafyreiaxf7" } }
					""".formatted(DID, parent)))));
	}

	@Test
	void aReplyToAGonePostIsRejected() {
		server.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPosts")).willReturn(okJson("{ \"posts\": [] }")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), new OutboundPost(KEY, "Hi", List.of(), null,
					"at://did:plc:abcd/app.bsky.feed.post/3mh2m3aa7kc2x", null)));
		server.verify(0, postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord")));
	}

	@Test
	void aValidationErrorIsARejectionWithBlueskysReason() {
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"""
							{"error":"InvalidRequest","message":"Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes"}
							""")));
		recordNotFound();

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), OutboundPost.text(KEY, "Flu shots")))
			.withMessage("Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes");
	}

	@Test
	void anExpiredAccessTokenIsRefreshedAndThePublishSucceedsWithTheNewOne() {
		server
			.stubFor(post("/xrpc/com.atproto.repo.createRecord").withHeader("Authorization", equalTo("Bearer " + TOKEN))
				.willReturn(aResponse().withStatus(400)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired " + TOKEN + "\"}")));
		server
			.stubFor(post("/xrpc/com.atproto.repo.createRecord").withHeader("Authorization", equalTo("Bearer access-2"))
				.willReturn(okJson(CREATED)));
		server.stubFor(
				post("/xrpc/com.atproto.server.refreshSession").withHeader("Authorization", equalTo("Bearer refresh-1"))
					.willReturn(okJson(BlueskySessionTests.session("access-2", "refresh-2"))));
		OutboundPost post = OutboundPost.text(KEY, "Flu shots");

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), post))
			.withMessageNotContaining(TOKEN);
		ChannelCredentials fresh = this.connector.refresh(session(TOKEN).endpoint(), session(TOKEN).credentials());
		PublishedPost published = this.connector.publish(new ChannelSession(session(TOKEN).endpoint(), fresh), post);

		assertThat(published.remoteId()).isEqualTo(AT_URI);
	}

	@Test
	void aRateLimitCarriesTheExactResetInstant() {
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("ratelimit-limit", "5000")
			.withHeader("ratelimit-remaining", "0")
			.withHeader("ratelimit-reset", "1764000600")
			.withHeader("ratelimit-policy", "5000;w=3600")
			.withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));

		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), OutboundPost.text(KEY, "Flu shots")))
			.satisfies((ex) -> assertThat(ex.retryAt()).isEqualTo(Instant.ofEpochSecond(1_764_000_600L)));
	}

	@Test
	void aServerErrorLeavesTheOutcomeUnknownWhenTheKeyIsStillEmpty() {
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"InternalServerError\",\"message\":\"Internal Server Error\"}")));
		recordNotFound();

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(session(TOKEN), OutboundPost.text(KEY, "Flu shots")))
			.withMessageNotContaining(TOKEN);
		server.verify(getRequestedFor(urlEqualTo(GET_RECORD)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
	}

	@Test
	void afterATimeoutTheDuplicateCheckAndTheResendBothFindThePost() {
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(okJson(CREATED).withFixedDelay(1500)));
		recordNotFound();
		BlueskyConnector impatient = connector(Duration.ofMillis(300));
		OutboundPost post = OutboundPost.text(KEY, "Flu shots");

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> impatient.publish(session(TOKEN), post));

		// The slow create went through after all; the key now holds the post.
		recordFound("Flu shots");
		Optional<PublishedPost> found = impatient.findPublished(session(TOKEN), post,
				Instant.parse("2026-11-24T10:14:00Z"));
		assertThat(found).map(PublishedPost::remoteId).contains(AT_URI);
		assertThat(found).map(PublishedPost::publishedAt).contains(Instant.parse("2026-11-24T10:15:00Z"));

		// A resend cannot write the key twice; the PDS refuses and the post at the key is
		// the answer.
		server.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"InternalServerError\",\"message\":\"Internal Server Error\"}")));
		assertThat(impatient.publish(session(TOKEN), post).remoteId()).isEqualTo(AT_URI);
		assertThat(impatient.resendIsIdempotent()).isTrue();
		server.verify(2, postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
			.withRequestBody(matchingJsonPath("$.rkey", equalTo(RKEY))));
	}

	@Test
	void theDuplicateCheckIgnoresADifferentTextOrAnOlderRecord() {
		recordFound("Something else");
		assertThat(this.connector.findPublished(session(TOKEN), OutboundPost.text(KEY, "Flu shots"),
				Instant.parse("2026-11-24T10:14:00Z")))
			.isEmpty();

		recordFound("Flu shots");
		assertThat(this.connector.findPublished(session(TOKEN), OutboundPost.text(KEY, "Flu shots"),
				Instant.parse("2026-11-24T10:16:00Z")))
			.isEmpty();

		recordNotFound();
		assertThat(this.connector.findPublished(session(TOKEN), OutboundPost.text(KEY, "Flu shots"),
				Instant.parse("2026-11-24T10:14:00Z")))
			.isEmpty();
	}

	@Test
	void deletesOwnPostsAndTreatsAMissingOneAsGone() {
		server.stubFor(post("/xrpc/com.atproto.repo.deleteRecord").willReturn(okJson("{}")));

		this.connector.delete(session(TOKEN), AT_URI);

		server.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.deleteRecord"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withRequestBody(equalToJson("""
					{ "repo": "%s", "collection": "app.bsky.feed.post", "rkey": "%s" }
					""".formatted(DID, RKEY))));

		server.stubFor(post("/xrpc/com.atproto.repo.deleteRecord").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record\"}")));
		this.connector.delete(session(TOKEN), AT_URI);
	}

	@Test
	void refusesToDeleteWhatIsNotThisAccountsPost() {
		for (String id : List.of("at://did:plc:someoneelse/app.bsky.feed.post/3mh2k7xq2lc2a",
				"at://" + DID + "/app.bsky.actor.profile/self", "https://bsky.app/profile/x/post/y",
				"at://" + DID + "/app.bsky.feed.post/../../x", "")) {
			assertThatExceptionOfType(RejectedException.class)
				.isThrownBy(() -> this.connector.delete(session(TOKEN), id));
		}
		server.verify(0, anyRequestedFor(anyUrl()));
	}

}
