package org.carecast.channels.linkedin;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LinkedInConnectorTests {

	@RegisterExtension
	static WireMockExtension li = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String TOKEN = "AQVdGhpc2lzYWxpbmtlZGluYWNjZXNzdG9rZW4xMjM0NQ";

	/** 2025-11-24T16:00:00Z, the time the document's examples are set around. */
	private static final Instant NOW = Instant.ofEpochMilli(1764000000000L);

	private static final String ORG = "urn:li:organization:5515715";

	private static final String SHARE = "urn:li:share:7012345678901234567";

	private static final String POSTS_OF_ORG = "/rest/posts?author=urn%3Ali%3Aorganization%3A5515715&q=author&count=10&sortBy=LAST_MODIFIED";

	private final LinkedInConnector connector = new LinkedInConnector(
			new NetworkHttp(ChannelNetwork.LINKEDIN, Duration.ofSeconds(5), Duration.ofSeconds(10)),
			Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(10));

	/** Gives up long before the stubs' fixed delay. */
	private final LinkedInConnector impatient = new LinkedInConnector(
			new NetworkHttp(ChannelNetwork.LINKEDIN, Duration.ofSeconds(5), Duration.ofSeconds(1)),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private static ChannelEndpoint endpoint() {
		return new ChannelEndpoint(URI.create(li.baseUrl()), "202610", "client-1", "secret-1");
	}

	private static ChannelSession orgSession(String token) {
		return new ChannelSession(endpoint(), new ChannelCredentials(token, "AQXrefreshtoken", NOW.plusSeconds(86400),
				"urn:li:person:782bbtaQ", "Dr Lee", Map.of(LinkedInConnector.ORGANIZATION_URN, ORG)));
	}

	private static String postBody(String author, String commentary, String content) {
		return "{\"author\":\"" + author + "\",\"commentary\":\"" + commentary + "\",\"visibility\":\"PUBLIC\","
				+ "\"distribution\":{\"feedDistribution\":\"MAIN_FEED\",\"targetEntities\":[],\"thirdPartyDistributionChannels\":[]},"
				+ ((content != null) ? "\"content\":" + content + "," : "")
				+ "\"lifecycleState\":\"PUBLISHED\",\"isReshareDisabledByAuthor\":false}";
	}

	@Test
	void authorizationUrlGoesToTheWebHostWithState() {
		ChannelEndpoint real = new ChannelEndpoint(URI.create("https://api.linkedin.com"), "202610", "client-1", "s");
		URI url = this.connector.authorizationUrl(new AuthorizationRequest(real,
				URI.create("https://carecast.example/channels/linkedin/callback"), "state-1", "ignored"));
		assertThat(url).hasToString("https://www.linkedin.com/oauth/v2/authorization?response_type=code"
				+ "&client_id=client-1&redirect_uri=https%3A%2F%2Fcarecast.example%2Fchannels%2Flinkedin%2Fcallback"
				+ "&state=state-1&scope=openid%20profile%20w_member_social");
	}

	@Test
	void pageModeAsksForTheOrganizationScopesToo() {
		LinkedInConnector pages = new LinkedInConnector(new NetworkHttp(ChannelNetwork.LINKEDIN),
				Clock.fixed(NOW, ZoneOffset.UTC), true);
		ChannelEndpoint real = new ChannelEndpoint(URI.create("https://api.linkedin.com"), "202610", "client-1", "s");
		URI url = pages.authorizationUrl(new AuthorizationRequest(real,
				URI.create("https://carecast.example/channels/linkedin/callback"), "state-1", "ignored"));
		assertThat(url).hasToString("https://www.linkedin.com/oauth/v2/authorization?response_type=code"
				+ "&client_id=client-1&redirect_uri=https%3A%2F%2Fcarecast.example%2Fchannels%2Flinkedin%2Fcallback"
				+ "&state=state-1&scope=openid%20profile%20w_member_social%20w_organization_social"
				+ "%20r_organization_social%20rw_organization_admin");
	}

	@Test
	void withPageModeOffTheSignInAsksForMemberScopesOnly() {
		LinkedInConnector member = new LinkedInConnector(new NetworkHttp(ChannelNetwork.LINKEDIN),
				Clock.fixed(NOW, ZoneOffset.UTC), false);
		ChannelEndpoint real = new ChannelEndpoint(URI.create("https://api.linkedin.com"), "202610", "client-1", "s");
		URI url = member.authorizationUrl(
				new AuthorizationRequest(real, URI.create("https://carecast.example/cb"), "state-1", "ignored"));
		assertThat(url.getRawQuery()).endsWith("&scope=openid%20profile%20w_member_social")
			.doesNotContain("organization");
	}

	@Test
	void exchangeCodeThenIdentifiesTheMember() {
		li.stubFor(post("/oauth/v2/accessToken").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":5183999,\"refresh_token\":\"AQX\","
					+ "\"refresh_token_expires_in\":31535999,\"scope\":\"openid,profile,w_member_social\","
					+ "\"token_type\":\"Bearer\",\"id_token\":\"eyJ\"}")));
		li.stubFor(get("/v2/userinfo").willReturn(aResponse().withBody("{\"sub\":\"782bbtaQ\",\"name\":\"Dr Lee\"}")));

		ChannelCredentials credentials = this.connector.exchangeCode(endpoint(), "code-1",
				URI.create("https://carecast.example/cb"), "unused-verifier");

		assertThat(credentials.accountId()).isEqualTo("urn:li:person:782bbtaQ");
		assertThat(credentials.handle()).isEqualTo("Dr Lee");
		assertThat(credentials.expiresAt()).isEqualTo(NOW.plusSeconds(5183999));
		assertThat(credentials.refreshToken()).isEqualTo("AQX");
		assertThat(credentials.extra()).containsEntry(LinkedInConnector.PERSON_URN, "urn:li:person:782bbtaQ");
		li.verify(postRequestedFor(urlEqualTo("/oauth/v2/accessToken"))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withRequestBody(equalTo("grant_type=authorization_code&code=code-1&client_id=client-1"
					+ "&client_secret=secret-1&redirect_uri=https%3A%2F%2Fcarecast.example%2Fcb")));
		li.verify(getRequestedFor(urlEqualTo("/v2/userinfo")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("LinkedIn-Version", equalTo("202610"))
			.withHeader("X-Restli-Protocol-Version", equalTo("2.0.0")));
	}

	@Test
	void publishesEscapedCommentaryAndReadsTheUrnFromTheHeader() {
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));

		PublishedPost published = this.connector.publish(orgSession(TOKEN), OutboundPost.text(UUID.randomUUID(),
				"Flu shots (ages 6+) this Saturday. #FluSeason https://clinic.example/flu_(2026)"));

		assertThat(published.remoteId()).isEqualTo(SHARE);
		assertThat(published.url()).hasToString("https://www.linkedin.com/feed/update/" + SHARE);
		assertThat(published.extra()).containsEntry("author", ORG);
		li.verify(postRequestedFor(urlEqualTo("/rest/posts")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("LinkedIn-Version", equalTo("202610"))
			.withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson(postBody(ORG,
					"Flu shots \\\\(ages 6+\\\\) this Saturday. #FluSeason https://clinic.example/flu_(2026)", null))));
	}

	@Test
	void aMemberWithoutAnOrganizationPostsAsThemself() {
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));
		ChannelSession member = new ChannelSession(endpoint(),
				new ChannelCredentials(TOKEN, null, null, "urn:li:person:782bbtaQ", "Dr Lee", Map.of()));

		this.connector.publish(member, OutboundPost.text(UUID.randomUUID(), "Hello"));

		li.verify(postRequestedFor(urlEqualTo("/rest/posts"))
			.withRequestBody(equalToJson(postBody("urn:li:person:782bbtaQ", "Hello", null))));
	}

	@Test
	void theVersionHeadersAreRequiredAndARetiredVersionIsRejectedPlainly() {
		li.stubFor(post("/rest/posts").withHeader("LinkedIn-Version", equalTo("202610"))
			.withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
			.willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));
		li.stubFor(post("/rest/posts").withHeader("LinkedIn-Version", equalTo("202401"))
			.willReturn(aResponse().withStatus(426)
				.withBody(
						"{\"status\":426,\"code\":\"NONEXISTENT_VERSION\",\"message\":\"Requested version 20240101 is not active\"}")));
		ChannelSession old = new ChannelSession(new ChannelEndpoint(URI.create(li.baseUrl()), "202401", "c", "s"),
				orgSession(TOKEN).credentials());

		assertThat(this.connector.publish(orgSession(TOKEN), OutboundPost.text(UUID.randomUUID(), "Hi")).remoteId())
			.isEqualTo(SHARE);
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(old, OutboundPost.text(UUID.randomUUID(), "Hi")))
			.withMessage("LinkedIn no longer accepts the configured API version; set a newer LinkedIn version");
	}

	@Test
	void uploadsAnImageWaitsForItThenPostsItWithAltText() {
		String uploadPath = "/dms-uploads/sp/v2/D4E10AQ/uploaded-image/0?ca=vector_feedshare&cn=uploads&m=AQ";
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 };
		li.stubFor(post("/rest/images?action=initializeUpload")
			.willReturn(aResponse().withBody("{\"value\":{\"uploadUrlExpiresAt\":1764003600000,\"uploadUrl\":\""
					+ li.baseUrl() + uploadPath + "\",\"image\":\"urn:li:image:D4E10AQGrdnFnMHlwEg\"}}")));
		li.stubFor(put(urlEqualTo(uploadPath)).willReturn(aResponse().withStatus(201)));
		li.stubFor(get("/rest/images/urn%3Ali%3Aimage%3AD4E10AQGrdnFnMHlwEg").inScenario("image")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("processed")
			.willReturn(aResponse().withBody("{\"status\":\"PROCESSING\"}")));
		li.stubFor(get("/rest/images/urn%3Ali%3Aimage%3AD4E10AQGrdnFnMHlwEg").inScenario("image")
			.whenScenarioStateIs("processed")
			.willReturn(aResponse().withBody("{\"status\":\"AVAILABLE\"}")));
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));

		this.connector.publish(orgSession(TOKEN), new OutboundPost(UUID.randomUUID(), "Flu shots",
				List.of(new OutboundMedia(jpeg, "image/jpeg", "Nurse giving a flu shot", null)), null, null, "en"));

		li.verify(postRequestedFor(urlEqualTo("/rest/images?action=initializeUpload"))
			.withHeader("LinkedIn-Version", equalTo("202610"))
			.withRequestBody(equalToJson("{\"initializeUploadRequest\":{\"owner\":\"" + ORG + "\"}}")));
		li.verify(putRequestedFor(urlEqualTo(uploadPath)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo("image/jpeg"))
			.withRequestBody(binaryEqualTo(jpeg)));
		li.verify(2, getRequestedFor(urlEqualTo("/rest/images/urn%3Ali%3Aimage%3AD4E10AQGrdnFnMHlwEg")));
		li.verify(postRequestedFor(urlEqualTo("/rest/posts")).withRequestBody(equalToJson(postBody(ORG, "Flu shots",
				"{\"media\":{\"id\":\"urn:li:image:D4E10AQGrdnFnMHlwEg\",\"altText\":\"Nurse giving a flu shot\"}}"))));
	}

	@Test
	void twoImagesGoAsAMultiImagePostEvenWhenImagesCannotBeReadBack() {
		li.stubFor(post("/rest/images?action=initializeUpload").inScenario("two")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("second")
			.willReturn(aResponse().withBody(
					"{\"value\":{\"uploadUrl\":\"" + li.baseUrl() + "/upload/A\",\"image\":\"urn:li:image:A\"}}")));
		li.stubFor(post("/rest/images?action=initializeUpload").inScenario("two")
			.whenScenarioStateIs("second")
			.willReturn(aResponse().withBody(
					"{\"value\":{\"uploadUrl\":\"" + li.baseUrl() + "/upload/B\",\"image\":\"urn:li:image:B\"}}")));
		li.stubFor(put(urlPathEqualTo("/upload/A")).willReturn(aResponse().withStatus(201)));
		li.stubFor(put(urlPathEqualTo("/upload/B")).willReturn(aResponse().withStatus(201)));
		li.stubFor(get(urlPathEqualTo("/rest/images/urn%3Ali%3Aimage%3AA")).willReturn(aResponse().withStatus(403)
			.withBody(
					"{\"status\":403,\"serviceErrorCode\":100,\"code\":\"ACCESS_DENIED\",\"message\":\"Not enough permissions\"}")));
		li.stubFor(get(urlPathEqualTo("/rest/images/urn%3Ali%3Aimage%3AB")).willReturn(aResponse().withStatus(403)));
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));

		this.connector.publish(orgSession(TOKEN),
				new OutboundPost(UUID.randomUUID(), "Two",
						List.of(new OutboundMedia(new byte[] { 1 }, "image/png", "A", null),
								new OutboundMedia(new byte[] { 2 }, "image/png", "B", null)),
						null, null, null));

		li.verify(postRequestedFor(urlEqualTo("/rest/posts")).withRequestBody(equalToJson(postBody(ORG, "Two",
				"{\"multiImage\":{\"images\":[{\"id\":\"urn:li:image:A\",\"altText\":\"A\"},{\"id\":\"urn:li:image:B\",\"altText\":\"B\"}]}}"))));
	}

	@Test
	void aValidationErrorIsRejectedWithLinkedInsReason() {
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(422)
			.withBody("{\"status\":422,\"message\":\"ERROR :: /commentary :: is too long\"}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(orgSession(TOKEN), OutboundPost.text(UUID.randomUUID(), "Hi")))
			.satisfies((ex) -> {
				assertThat(ex.duplicate()).isFalse();
				assertThat(ex.errorCode()).isEqualTo("422");
				assertThat(ex.getMessage()).isEqualTo("ERROR :: /commentary :: is too long");
			});
	}

	@Test
	void aDuplicateNamesTheOriginalAndTheCheckResolvesItWhenPostsCannotBeRead() {
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(422)
			.withBody("{\"status\":422,\"code\":\"DUPLICATE_POST\",\"message\":\"Content is a duplicate of " + SHARE
					+ "\"}")));
		li.stubFor(get(POSTS_OF_ORG).willReturn(aResponse().withStatus(403)
			.withBody(
					"{\"status\":403,\"serviceErrorCode\":100,\"code\":\"ACCESS_DENIED\",\"message\":\"Not enough permissions to access: GET /posts\"}")));
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Flu shots Saturday");

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(orgSession(TOKEN), post))
			.satisfies((ex) -> {
				assertThat(ex.duplicate()).isTrue();
				assertThat(ex.getMessage()).isEqualTo("LinkedIn already has this post as " + SHARE);
			});
		PublishedPost found = this.connector.findPublished(orgSession(TOKEN), post, NOW).orElseThrow();

		assertThat(found.remoteId()).isEqualTo(SHARE);
		li.verify(2, postRequestedFor(urlEqualTo("/rest/posts"))
			.withRequestBody(equalToJson(postBody(ORG, "Flu shots Saturday", null))));
	}

	@Test
	void aDuplicateWithoutCodeIsStillRecognisedFromTheMessage() {
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(422)
			.withBody(
					"{\"status\":422,\"message\":\"Content is a duplicate of urn:li:ugcPost:7012345678901234999\"}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(orgSession(TOKEN), OutboundPost.text(UUID.randomUUID(), "Hi")))
			.satisfies((ex) -> assertThat(ex.duplicate()).isTrue());
	}

	@Test
	void expiredTokenThenOneRefreshThenThePostGoesOut() {
		li.stubFor(post("/rest/posts").withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.willReturn(aResponse().withStatus(401)
				.withBody("{\"status\":401,\"serviceErrorCode\":65602,\"code\":\"EXPIRED_ACCESS_TOKEN\","
						+ "\"message\":\"The token used in the request has expired: " + TOKEN + "\"}")));
		li.stubFor(post("/oauth/v2/accessToken")
			.willReturn(aResponse().withBody("{\"access_token\":\"AQVfresh\",\"expires_in\":5183999}")));
		li.stubFor(post("/rest/posts").withHeader("Authorization", equalTo("Bearer AQVfresh"))
			.willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Hi");

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.publish(orgSession(TOKEN), post))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(TOKEN).contains("has expired"));
		ChannelCredentials refreshed = this.connector.refresh(endpoint(), orgSession(TOKEN).credentials());

		assertThat(refreshed.accessToken()).isEqualTo("AQVfresh");
		assertThat(refreshed.refreshToken()).isEqualTo("AQXrefreshtoken");
		assertThat(this.connector.publish(new ChannelSession(endpoint(), refreshed), post).remoteId()).isEqualTo(SHARE);
		li.verify(postRequestedFor(urlEqualTo("/oauth/v2/accessToken")).withRequestBody(equalTo(
				"grant_type=refresh_token&refresh_token=AQXrefreshtoken&client_id=client-1&client_secret=secret-1")));
	}

	@Test
	void withoutARefreshTokenTheMemberMustReconnect() {
		ChannelCredentials noRefresh = new ChannelCredentials(TOKEN, null, null, "urn:li:person:782bbtaQ", "", null);

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.refresh(endpoint(), noRefresh));
		assertThat(li.getAllServeEvents()).isEmpty();
	}

	@Test
	void aThrottleWaitsUntilMidnightUtcAsADailyCap() {
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(429)
			.withBody(
					"{\"status\":429,\"message\":\"Resource level throttle limit for calls to this resource is reached\"}")));

		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.publish(orgSession(TOKEN), OutboundPost.text(UUID.randomUUID(), "Hi")))
			.satisfies((ex) -> {
				assertThat(ex.retryAt()).isEqualTo(Instant.parse("2025-11-25T00:00:00Z"));
				assertThat(ex.dailyCap()).isTrue();
			});
	}

	@Test
	void aServerErrorOnPublishLeavesTheOutcomeUnknown() {
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(500)));

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(orgSession(TOKEN), OutboundPost.text(UUID.randomUUID(), "Hi")));
	}

	@Test
	void aTimeoutOnPublishIsUnknownAndTheAuthorsPostsShowIt() {
		li.stubFor(post("/rest/posts")
			.willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE).withFixedDelay(5000)));
		li.stubFor(get(POSTS_OF_ORG).willReturn(aResponse().withBody("{\"paging\":{\"start\":0,\"count\":10},"
				+ "\"elements\":[{\"id\":\"urn:li:share:7012345678901234000\",\"author\":\"" + ORG
				+ "\",\"commentary\":\"Something else\",\"createdAt\":1764000000000}," + "{\"id\":\"" + SHARE
				+ "\",\"author\":\"" + ORG + "\",\"commentary\":\"Flu shots \\\\(ages 6+\\\\)\","
				+ "\"createdAt\":1764000001000,\"lifecycleState\":\"PUBLISHED\"}]}")));
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Flu shots (ages 6+)");

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.impatient.publish(orgSession(TOKEN), post));
		PublishedPost found = this.connector.findPublished(orgSession(TOKEN), post, NOW).orElseThrow();

		assertThat(found.remoteId()).isEqualTo(SHARE);
		assertThat(found.publishedAt()).isEqualTo(Instant.ofEpochMilli(1764000001000L));
		li.verify(getRequestedFor(urlEqualTo(POSTS_OF_ORG)).withHeader("LinkedIn-Version", equalTo("202610"))
			.withHeader("X-Restli-Protocol-Version", equalTo("2.0.0")));
	}

	@Test
	void aTimeoutOnPublishIsUnknownAndAnOlderIdenticalPostIsNotTakenForIt() {
		li.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(201).withFixedDelay(5000)));
		li.stubFor(get(POSTS_OF_ORG).willReturn(aResponse().withBody("{\"elements\":[{\"id\":\"" + SHARE
				+ "\",\"commentary\":\"Flu shots\",\"createdAt\":1763990000000}]}")));
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Flu shots");

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.impatient.publish(orgSession(TOKEN), post));
		assertThat(this.connector.findPublished(orgSession(TOKEN), post, NOW)).isEmpty();
		li.verify(1, postRequestedFor(urlEqualTo("/rest/posts")));
	}

	@Test
	void repliesAreCommentsOnThePost() {
		li.stubFor(post("/rest/socialActions/urn%3Ali%3Ashare%3A7012345678901234567/comments")
			.willReturn(aResponse().withStatus(201)
				.withBody("{\"id\":\"7012349999999999999\","
						+ "\"commentUrn\":\"urn:li:comment:(urn:li:activity:7012345678901234560,7012349999999999999)\","
						+ "\"actor\":\"" + ORG + "\",\"object\":\"" + SHARE + "\",\"message\":{\"text\":\"x\"},"
						+ "\"created\":{\"actor\":\"" + ORG + "\",\"time\":1764000040000}}")));

		PublishedPost reply = this.connector.publish(orgSession(TOKEN), new OutboundPost(UUID.randomUUID(),
				"Thanks for asking - no booking needed.", List.of(), null, SHARE, null));

		assertThat(reply.remoteId())
			.isEqualTo("urn:li:comment:(urn:li:activity:7012345678901234560,7012349999999999999)");
		assertThat(reply.publishedAt()).isEqualTo(Instant.ofEpochMilli(1764000040000L));
		assertThat(reply.url()).hasToString("https://www.linkedin.com/feed/update/" + SHARE);
		li.verify(postRequestedFor(urlEqualTo("/rest/socialActions/urn%3Ali%3Ashare%3A7012345678901234567/comments"))
			.withHeader("LinkedIn-Version", equalTo("202610"))
			.withRequestBody(equalToJson("{\"actor\":\"" + ORG + "\",\"object\":\"" + SHARE
					+ "\",\"message\":{\"text\":\"Thanks for asking - no booking needed.\"}}")));
	}

	@Test
	void aReplyToACommentNamesItsParentAndTheCheckFindsItAmongItsReplies() {
		String parent = "urn:li:comment:(urn:li:activity:7012345678901234560,7012349999999999999)";
		String encodedParent = "urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A7012345678901234560%2C7012349999999999999%29";
		li.stubFor(post("/rest/socialActions/urn%3Ali%3Aactivity%3A7012345678901234560/comments")
			.willReturn(aResponse().withStatus(500)));
		li.stubFor(get("/rest/socialActions/" + encodedParent + "/comments?start=0&count=50")
			.willReturn(aResponse().withBody("{\"paging\":{\"start\":0,\"count\":50,\"total\":2},\"elements\":["
					+ "{\"commentUrn\":\"urn:li:comment:(urn:li:activity:7012345678901234560,7012350000000000001)\","
					+ "\"actor\":\"urn:li:person:Zx9aaaaa\",\"message\":{\"text\":\"Yes \\\\(really\\\\)\"},\"created\":{\"time\":1764000040000}},"
					+ "{\"commentUrn\":\"urn:li:comment:(urn:li:activity:7012345678901234560,7012350000000000002)\","
					+ "\"actor\":\"" + ORG
					+ "\",\"message\":{\"text\":\"Yes \\\\(really\\\\)\"},\"created\":{\"time\":1764000041000}}]}")));
		OutboundPost reply = new OutboundPost(UUID.randomUUID(), "Yes (really)", List.of(), null, parent, null);

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.publish(orgSession(TOKEN), reply));
		PublishedPost found = this.connector.findPublished(orgSession(TOKEN), reply, NOW).orElseThrow();

		assertThat(found.remoteId())
			.isEqualTo("urn:li:comment:(urn:li:activity:7012345678901234560,7012350000000000002)");
		li.verify(postRequestedFor(urlEqualTo("/rest/socialActions/urn%3Ali%3Aactivity%3A7012345678901234560/comments"))
			.withRequestBody(equalToJson("{\"actor\":\"" + ORG
					+ "\",\"object\":\"urn:li:activity:7012345678901234560\","
					+ "\"message\":{\"text\":\"Yes \\\\(really\\\\)\"},\"parentComment\":\"" + parent + "\"}")));
	}

	@Test
	void aReplyToSomethingThatIsNotALinkedInPostIsRefusedPlainly() {
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.publish(orgSession(TOKEN),
					new OutboundPost(UUID.randomUUID(), "Hi", List.of(), null, "../../admin", null)))
			.withMessage("LinkedIn replies must answer a LinkedIn post or comment");
		assertThat(li.getAllServeEvents()).isEmpty();
	}

	@Test
	void deleteTreatsAnAlreadyGonePostAsDone() {
		li.stubFor(
				delete("/rest/posts/urn%3Ali%3Ashare%3A7012345678901234567").willReturn(aResponse().withStatus(204)));
		li.stubFor(delete("/rest/posts/urn%3Ali%3Ashare%3A7012345678901234568")
			.willReturn(aResponse().withStatus(404).withBody("{\"status\":404,\"message\":\"Not Found\"}")));

		this.connector.delete(orgSession(TOKEN), SHARE);
		this.connector.delete(orgSession(TOKEN), "urn:li:share:7012345678901234568");

		li.verify(deleteRequestedFor(urlEqualTo("/rest/posts/urn%3Ali%3Ashare%3A7012345678901234567"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("X-Restli-Protocol-Version", equalTo("2.0.0")));
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> this.connector.delete(orgSession(TOKEN),
				"urn:li:comment:(urn:li:activity:7012345678901234560,7012349999999999999)"));
	}

	@Test
	void revokeCallsNothingBecauseLinkedInDocumentsNoRevoke() {
		this.connector.revoke(endpoint(), orgSession(TOKEN).credentials());

		assertThat(li.getAllServeEvents()).isEmpty();
	}

}
