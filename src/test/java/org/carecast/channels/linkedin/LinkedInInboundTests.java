package org.carecast.channels.linkedin;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Comments on an organization's LinkedIn posts, read as platform-apis.md §7.5 shows.
 */
class LinkedInInboundTests {

	@RegisterExtension
	static WireMockExtension li = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String TOKEN = "AQVdGhpc2lzYWxpbmtlZGluYWNjZXNzdG9rZW4xMjM0NQ";

	/** 2025-11-24T16:00:00Z. */
	private static final Instant NOW = Instant.ofEpochMilli(1764000000000L);

	/** Where the last read left off: an hour before now. */
	private static final String CURSOR = "2025-11-24T15:00:00Z";

	private static final long AFTER_CURSOR = 1763998000000L;

	private static final long BEFORE_CURSOR = 1763990000000L;

	private static final String ORG = "urn:li:organization:5515715";

	private static final String SHARE = "urn:li:share:7012345678901234567";

	private static final String OTHER_SHARE = "urn:li:share:7012345678901234999";

	private static final String POSTS_OF_ORG = "/rest/posts?author=urn%3Ali%3Aorganization%3A5515715&q=author&count=10&sortBy=LAST_MODIFIED";

	private static final String COMMENT = "urn:li:comment:(urn:li:activity:7012345678901234560,7012349999999999999)";

	private final LinkedInConnector connector = new LinkedInConnector(
			new NetworkHttp(ChannelNetwork.LINKEDIN, Duration.ofSeconds(5), Duration.ofSeconds(10)),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private static ChannelSession session(Map<String, String> extra) {
		return new ChannelSession(new ChannelEndpoint(URI.create(li.baseUrl()), "202610", "client-1", "secret-1"),
				new ChannelCredentials(TOKEN, null, NOW.plusSeconds(86400), "urn:li:person:782bbtaQ", "Dr Lee", extra));
	}

	private static ChannelSession orgSession() {
		return session(Map.of(LinkedInConnector.ORGANIZATION_URN, ORG));
	}

	private static String commentsOf(String urn, int start) {
		return "/rest/socialActions/" + java.net.URLEncoder.encode(urn, java.nio.charset.StandardCharsets.UTF_8)
				+ "/comments?start=" + start + "&count=50";
	}

	private static void posts(String... urns) {
		String elements = java.util.Arrays.stream(urns)
			.map((urn) -> "{\"id\":\"" + urn + "\",\"author\":\"" + ORG + "\"}")
			.collect(Collectors.joining(","));
		li.stubFor(get(urlEqualTo(POSTS_OF_ORG)).willReturn(okJson("{\"elements\":[" + elements + "]}")));
	}

	/** A top-level comment with no replies, by the number {@code n}. */
	private static String comment(long n, String actor, long time) {
		return "{\"id\":\"" + n + "\",\"commentUrn\":\"urn:li:comment:(urn:li:activity:7012345678901234560," + n
				+ ")\",\"actor\":\"" + actor + "\",\"object\":\"urn:li:activity:7012345678901234560\","
				+ "\"message\":{\"text\":\"comment " + n + "\"},\"created\":{\"actor\":\"" + actor + "\",\"time\":"
				+ time + "},\"commentsSummary\":{\"totalFirstLevelComments\":0,\"aggregatedTotalComments\":0}}";
	}

	private static String page(int start, int total, List<String> elements) {
		return "{\"paging\":{\"start\":" + start + ",\"count\":50,\"total\":" + total + ",\"links\":[]},"
				+ "\"elements\":[" + String.join(",", elements) + "]}";
	}

	@Test
	void readsNewCommentsAndRepliesOnTheOrganizationsLatestPostsButNotItsOwn() {
		li.stubFor(get(urlEqualTo(POSTS_OF_ORG)).willReturn(okJson("{\"elements\":[{\"id\":\"" + SHARE
				+ "\"},{\"id\":\"urn:li:image:notapost\"},{\"id\":\"" + OTHER_SHARE + "\"}]}")));
		// The document's own example, which has no commentsSummary: its replies are read.
		li.stubFor(
				get(urlEqualTo("/rest/socialActions/urn%3Ali%3Ashare%3A7012345678901234567/comments?start=0&count=50"))
					.withHeader("LinkedIn-Version", equalTo("202610"))
					.withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
					.withHeader("Authorization", equalTo("Bearer " + TOKEN))
					.willReturn(
							okJson("""
									{ "paging": { "start": 0, "count": 50, "total": 3, "links": [] },
									  "elements": [ { "id": "7012349999999999999", "commentUrn": "urn:li:comment:(urn:li:activity:7012345678901234560,7012349999999999999)",
									                  "actor": "urn:li:person:Zx9aaaaa", "object": "urn:li:activity:7012345678901234560",
									                  "message": { "text": "Do I need to book?" }, "created": { "actor": "urn:li:person:Zx9aaaaa", "time": 1764000040000 },
									                  "lastModified": { "actor": "urn:li:person:Zx9aaaaa", "time": 1764000040000 } },
									                %s, %s ] }
									"""
								.formatted(comment(11, ORG, AFTER_CURSOR),
										comment(12, "urn:li:person:Old", BEFORE_CURSOR)))));
		li.stubFor(get(urlEqualTo("/rest/socialActions/urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A"
				+ "7012345678901234560%2C7012349999999999999%29/comments?start=0&count=50"))
			.willReturn(
					okJson("""
							{ "paging": { "start": 0, "count": 50, "total": 1 },
							  "elements": [ { "commentUrn": "urn:li:comment:(urn:li:activity:7012345678901234560,7012350000000000001)",
							                  "actor": "urn:li:person:Ab1bbbbb", "object": "urn:li:activity:7012345678901234560",
							                  "parentComment": "urn:li:comment:(urn:li:activity:7012345678901234560,7012349999999999999)",
							                  "message": { "text": "Same question" }, "created": { "time": 1764000050000 } } ] }
							""")));
		li.stubFor(get(urlEqualTo(commentsOf(OTHER_SHARE, 0))).willReturn(okJson(page(0, 0, List.of()))));

		InboundPage page = this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR);

		assertThat(page.items()).extracting(InboundItem::remoteId)
			.containsExactly(COMMENT, "urn:li:comment:(urn:li:activity:7012345678901234560,7012350000000000001)");
		assertThat(page.items().get(0)).satisfies((item) -> {
			assertThat(item.kind()).isEqualTo(InboundKind.COMMENT);
			assertThat(item.authorHandle()).isEqualTo("urn:li:person:Zx9aaaaa");
			assertThat(item.text()).isEqualTo("Do I need to book?");
			assertThat(item.createdAt()).isEqualTo(Instant.ofEpochMilli(1764000040000L));
			assertThat(item.inReplyToRemoteId()).isEqualTo(SHARE);
			assertThat(item.rootPostRemoteId()).isEqualTo(SHARE);
			assertThat(item.url()).hasToString("https://www.linkedin.com/feed/update/" + SHARE);
		});
		assertThat(page.items().get(1)).satisfies((item) -> {
			assertThat(item.inReplyToRemoteId()).isEqualTo(COMMENT);
			assertThat(item.rootPostRemoteId()).isEqualTo(SHARE);
			assertThat(item.authorHandle()).isEqualTo("urn:li:person:Ab1bbbbb");
		});
		// The next read starts a minute before this one began: nothing written meanwhile
		// is passed.
		assertThat(page.nextCursor()).isEqualTo("2025-11-24T15:59:00Z");
		assertThat(page.more()).isFalse();
		// Comments 11 and 12 say they have no replies: none are asked for.
		assertThat(li.findAll(getRequestedFor(urlPathMatching("/rest/socialActions/.*")))).hasSize(3);
	}

	@Test
	void everyOffsetPageIsReadWithOverlapAndEachCommentComesOnce() {
		posts(SHARE);
		List<String> all = IntStream.range(0, 100)
			.mapToObj((n) -> comment(1000 + n, "urn:li:person:P" + n, AFTER_CURSOR + n))
			// Comment 1047 sits in the overlap of the first two pages and has replies.
			.map((json) -> json.contains(",1047)")
					? json.replace("\"totalFirstLevelComments\":0,\"aggregatedTotalComments\":0",
							"\"totalFirstLevelComments\":1,\"aggregatedTotalComments\":1")
					: json)
			.toList();
		String replies = commentsOf("urn:li:comment:(urn:li:activity:7012345678901234560,1047)", 0);
		li.stubFor(get(urlEqualTo(replies)).willReturn(okJson(page(0, 0, List.of()))));
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0))).willReturn(okJson(page(0, 100, all.subList(0, 50)))));
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 45))).willReturn(okJson(page(45, 100, all.subList(45, 95)))));
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 90))).willReturn(okJson(page(90, 100, all.subList(90, 100)))));

		InboundPage page = this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR);

		assertThat(page.items()).extracting(InboundItem::remoteId)
			.doesNotHaveDuplicates()
			.containsExactlyElementsOf(IntStream.range(0, 100)
				.mapToObj((n) -> "urn:li:comment:(urn:li:activity:7012345678901234560," + (1000 + n) + ")")
				.toList());
		li.verify(1, getRequestedFor(urlEqualTo(replies)));
		assertThat(li.findAll(getRequestedFor(urlPathMatching("/rest/socialActions/.*")))).hasSize(4);
	}

	@Test
	void aCommentDeletedBetweenTwoPageReadsDoesNotPushAnotherPastTheEdge() {
		posts(SHARE);
		List<String> all = IntStream.range(0, 60)
			.mapToObj((n) -> comment(2000 + n, "urn:li:person:P" + n, AFTER_CURSOR + n))
			.toList();
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0))).willReturn(okJson(page(0, 60, all.subList(0, 50)))));
		// Comment 3 was deleted after the first page: everything moved up by one.
		List<String> afterDelete = new java.util.ArrayList<>(all);
		afterDelete.remove(3);
		li.stubFor(
				get(urlEqualTo(commentsOf(SHARE, 45))).willReturn(okJson(page(45, 59, afterDelete.subList(45, 59)))));

		InboundPage page = this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR);

		assertThat(page.items()).hasSize(60).extracting(InboundItem::remoteId).doesNotHaveDuplicates();
	}

	@Test
	void theFirstReadTakesOnlyTheNewestPageOfEachPost() {
		posts(SHARE);
		List<String> first = IntStream.range(0, 50)
			.mapToObj((n) -> comment(3000 + n, "urn:li:person:P" + n, BEFORE_CURSOR + n))
			.toList();
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0))).willReturn(okJson(page(0, 500, first))));

		InboundPage page = this.connector.readInbound(orgSession(), InboundStream.COMMENTS, null);

		assertThat(page.items()).hasSize(50);
		assertThat(page.nextCursor()).isEqualTo("2025-11-24T15:59:00Z");
		assertThat(li.findAll(getRequestedFor(urlPathMatching("/rest/socialActions/.*")))).hasSize(1);
	}

	@Test
	void aStoredCursorThatIsNotATimeIsReadAsAFirstRead() {
		posts(SHARE);
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0)))
			.willReturn(okJson(page(0, 500, List.of(comment(1, "urn:li:person:P", BEFORE_CURSOR))))));

		InboundPage page = this.connector.readInbound(orgSession(), InboundStream.COMMENTS, "not-a-time");

		assertThat(page.items()).hasSize(1);
		assertThat(li.findAll(getRequestedFor(urlPathMatching("/rest/socialActions/.*")))).hasSize(1);
	}

	@Test
	void aMembersPersonalProfileIsRefusedInWordsWithoutCallingLinkedIn() {
		assertThat(this.connector.inboundStreams()).containsExactlyInAnyOrder(InboundStream.COMMENTS,
				InboundStream.MENTIONS);

		for (InboundStream stream : List.of(InboundStream.COMMENTS, InboundStream.MENTIONS)) {
			assertThatExceptionOfType(RejectedException.class)
				.isThrownBy(() -> this.connector.readInbound(session(Map.of()), stream, CURSOR))
				.satisfies((ex) -> {
					assertThat(ex.errorCode()).isEqualTo("stream_unsupported");
					assertThat(ex.getMessage())
						.contains("does not let Carecast read comments or mentions of a personal profile");
				});
		}
		// An organization value that is not an organization URN counts as none.
		assertThatExceptionOfType(RejectedException.class).isThrownBy(
				() -> this.connector.readInbound(session(Map.of(LinkedInConnector.ORGANIZATION_URN, "urn:li:person:x")),
						InboundStream.COMMENTS, CURSOR));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.readInbound(orgSession(), InboundStream.DIRECT_MESSAGES, CURSOR))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("stream_unsupported"));
		assertThat(li.getAllServeEvents()).isEmpty();
	}

	@Test
	void anExpiredTokenAsksForReconnection() {
		li.stubFor(get(urlEqualTo(POSTS_OF_ORG)).willReturn(aResponse().withStatus(401)
			.withBody("{\"status\":401,\"serviceErrorCode\":65602,\"code\":\"EXPIRED_ACCESS_TOKEN\","
					+ "\"message\":\"The token used in the request has expired\"}")));

		assertThatExceptionOfType(AuthorizationExpiredException.class)
			.isThrownBy(() -> this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR));
	}

	@Test
	void aMissingPermissionIsRefusedWithLinkedInsReason() {
		posts(SHARE);
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0))).willReturn(aResponse().withStatus(403)
			.withBody("{\"status\":403,\"serviceErrorCode\":100,\"code\":\"ACCESS_DENIED\","
					+ "\"message\":\"Not enough permissions to access: GET /socialActions\"}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR))
			.satisfies((ex) -> {
				assertThat(ex.errorCode()).isEqualTo("403");
				assertThat(ex.getMessage()).isEqualTo("Not enough permissions to access: GET /socialActions");
			});
	}

	@Test
	void aThrottleWaitsUntilMidnightUtc() {
		posts(SHARE);
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0))).willReturn(aResponse().withStatus(429)
			.withBody(
					"{\"status\":429,\"message\":\"Resource level throttle limit for calls to this resource is reached\"}")));

		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR))
			.satisfies((ex) -> {
				assertThat(ex.retryAt()).isEqualTo(Instant.parse("2025-11-25T00:00:00Z"));
				assertThat(ex.dailyCap()).isTrue();
			});
	}

	@Test
	void aServerErrorOnALaterPostHandsNothingOver() {
		posts(SHARE, OTHER_SHARE);
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0)))
			.willReturn(okJson(page(0, 1, List.of(comment(1, "urn:li:person:P", AFTER_CURSOR))))));
		li.stubFor(get(urlEqualTo(commentsOf(OTHER_SHARE, 0))).willReturn(aResponse().withStatus(500)));

		// The exception is all the poller gets: no page, so neither items nor a cursor.
		assertThatExceptionOfType(TemporaryFailureException.class)
			.isThrownBy(() -> this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR))
			.withMessage("Linkedin had an error (500)");
	}

	@Test
	void anAnswerThatIsNotJsonIsAClearTemporaryFailure() {
		posts(SHARE);
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0)))
			.willReturn(aResponse().withStatus(200).withBody("<html>Do I need to book? Call me on 555-0100</html>")));

		assertThatExceptionOfType(TemporaryFailureException.class)
			.isThrownBy(() -> this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR))
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo("Linkedin sent an answer Carecast could not read")
				.doesNotContain("555"));
	}

	@Test
	void aListThatIsNotAListIsAClearTemporaryFailure() {
		posts(SHARE);
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0)))
			.willReturn(okJson("{\"elements\":{\"message\":{\"text\":\"Do I need to book?\"}}}")));

		assertThatExceptionOfType(ChannelException.class)
			.isThrownBy(() -> this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR))
			.satisfies((ex) -> {
				assertThat(ex).isInstanceOf(TemporaryFailureException.class);
				assertThat(ex.getMessage()).isEqualTo("LinkedIn sent a list Carecast could not read");
			});
	}

	@Test
	void commentsWithMissingOrHostileFieldsAreLeftOutAndHugeTextIsKeptWhole() {
		posts(SHARE);
		String huge = "x".repeat(200_000);
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0))).willReturn(
				okJson("""
						{ "paging": { "start": 0, "count": 50, "total": 7 },
						  "elements": [
						    { "actor": "urn:li:person:A", "message": { "text": "no urn" }, "created": { "time": 1763998000000 } },
						    { "commentUrn": "urn:li:comment:(urn:li:activity:1,2)", "actor": "urn:li:person:A", "message": { "text": "no time" } },
						    { "commentUrn": "urn:li:comment:(urn:li:activity:1,3)", "actor": "urn:li:person:A", "created": { "time": "yesterday" } },
						    { "commentUrn": "urn:li:comment:(urn:li:activity:1,4)", "actor": "urn:li:person:A", "created": { "time": 99999999999999999999999 } },
						    { "commentUrn": "urn:li:comment:(urn:li:activity:1,5)); DROP TABLE x", "created": { "time": 1763998000000 } },
						    { "commentUrn": "urn:li:comment:(urn:li:activity:1,6)", "created": { "time": 1763998000000 },
						      "message": { "text": { "nested": true } }, "commentsSummary": { "aggregatedTotalComments": 0 } },
						    { "commentUrn": "urn:li:comment:(urn:li:activity:1,7)", "actor": "urn:li:person:A", "created": { "time": 1763998000000 },
						      "message": { "text": "%s" }, "commentsSummary": { "aggregatedTotalComments": 0 } }
						  ] }
						"""
					.formatted(huge))));

		InboundPage page = this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR);

		assertThat(page.items()).extracting(InboundItem::remoteId)
			.containsExactly("urn:li:comment:(urn:li:activity:1,6)", "urn:li:comment:(urn:li:activity:1,7)");
		assertThat(page.items().get(0).authorHandle()).isEqualTo("someone");
		assertThat(page.items().get(0).text()).isEmpty();
		assertThat(page.items().get(1).text()).hasSize(200_000);
		assertThat(page.items().get(1).toString()).doesNotContain("xxx");
	}

	private static final String NOTIFICATIONS = "/rest/organizationalEntityNotifications?q=criteria"
			+ "&organizationalEntity=urn%3Ali%3Aorganization%3A5515715&actions=List(COMMENT,SHARE_MENTION,ADMIN_COMMENT)"
			+ "&timeRange=(start:1763996400000,end:1764000000000)";

	private static final String MENTIONING = "urn:li:share:7099999999999999999";

	@Test
	void notificationsBringCommentsOnAnyPostAndMentionsWithTheirTextAndACommentIsTheSameItemInBothStreams() {
		li.stubFor(
				get(urlEqualTo(NOTIFICATIONS + "&start=0&count=50")).withHeader("LinkedIn-Version", equalTo("202610"))
					.withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
					.willReturn(
							okJson("""
									{ "paging": { "start": 0, "count": 50, "total": 6 },
									  "elements": [
									    { "action": "COMMENT", "organizationalEntity": "urn:li:organization:5515715", "sourcePost": "%s",
									      "generatedActivity": "urn:li:comment:(urn:li:activity:7012345678901234560,1001)", "lastModifiedAt": 1763998000000 },
									    { "action": "ADMIN_COMMENT", "sourcePost": "%s",
									      "generatedActivity": "urn:li:comment:(urn:li:activity:7012345678901234560,1002)" },
									    { "action": "SHARE_MENTION", "generatedActivity": "%s" },
									    { "action": "SHARE_MENTION", "generatedActivity": "urn:li:share:7088888888888888888" },
									    { "action": "LIKE", "sourcePost": "%s" },
									    { "action": "COMMENT", "generatedActivity": "not a urn" }
									  ] }
									"""
								.formatted(SHARE, SHARE, MENTIONING, SHARE))));
		li.stubFor(get(urlEqualTo(commentsOf(SHARE, 0)))
			.willReturn(okJson(page(0, 3, List.of(comment(1001, "urn:li:person:Q", AFTER_CURSOR),
					comment(1002, ORG, AFTER_CURSOR), comment(1003, "urn:li:person:Other", AFTER_CURSOR))))));
		li.stubFor(get(urlEqualTo("/rest/posts/urn%3Ali%3Ashare%3A7099999999999999999")).willReturn(
				okJson("""
						{ "id": "urn:li:share:7099999999999999999", "author": "urn:li:person:Mm1ccccc",
						  "commentary": "Thanks @[City Clinic](urn:li:organization:5515715) for the flu shot", "createdAt": 1763998500000 }
						""")));
		li.stubFor(get(urlEqualTo("/rest/posts/urn%3Ali%3Ashare%3A7088888888888888888"))
			.willReturn(aResponse().withStatus(404).withBody("{\"status\":404,\"message\":\"Not found\"}")));

		InboundPage mentions = this.connector.readInbound(orgSession(), InboundStream.MENTIONS, CURSOR);

		String comment = "urn:li:comment:(urn:li:activity:7012345678901234560,1001)";
		assertThat(mentions.items()).extracting(InboundItem::remoteId).containsExactly(comment, MENTIONING);
		assertThat(mentions.items().get(1)).satisfies((item) -> {
			assertThat(item.kind()).isEqualTo(InboundKind.MENTION);
			assertThat(item.authorHandle()).isEqualTo("urn:li:person:Mm1ccccc");
			assertThat(item.text()).startsWith("Thanks @[City Clinic]");
			assertThat(item.createdAt()).isEqualTo(Instant.ofEpochMilli(1763998500000L));
			assertThat(item.url()).hasToString("https://www.linkedin.com/feed/update/" + MENTIONING);
		});
		assertThat(mentions.nextCursor()).isEqualTo("2025-11-24T15:59:00Z");

		posts(SHARE);
		InboundPage comments = this.connector.readInbound(orgSession(), InboundStream.COMMENTS, CURSOR);
		assertThat(comments.items()).filteredOn((item) -> item.remoteId().equals(comment))
			.containsExactly(mentions.items().get(0));
	}

	@Test
	void notificationsArePagedToTheEndOfTheirFixedRange() {
		List<String> all = IntStream.range(0, 60)
			.mapToObj((n) -> "{\"action\":\"SHARE_MENTION\",\"generatedActivity\":\"urn:li:share:70" + n + "\"}")
			.toList();
		li.stubFor(get(urlEqualTo(NOTIFICATIONS + "&start=0&count=50"))
			.willReturn(okJson(page(0, 60, all.subList(0, 50)))));
		li.stubFor(get(urlEqualTo(NOTIFICATIONS + "&start=50&count=50"))
			.willReturn(okJson(page(50, 60, all.subList(50, 60)))));
		li.stubFor(get(urlPathMatching("/rest/posts/urn%3Ali%3Ashare%3A70[0-9]+"))
			.willReturn(okJson("{\"author\":\"urn:li:person:M\",\"commentary\":\"hi\",\"createdAt\":1763998500000}")));

		InboundPage page = this.connector.readInbound(orgSession(), InboundStream.MENTIONS, CURSOR);

		assertThat(page.items()).hasSize(60).extracting(InboundItem::remoteId).doesNotHaveDuplicates();
	}

	@Test
	void anOldCursorStartsAtTheRetentionEdgeAndAThrottleWaitsUntilMidnight() {
		li.stubFor(get(urlEqualTo("/rest/organizationalEntityNotifications?q=criteria"
				+ "&organizationalEntity=urn%3Ali%3Aorganization%3A5515715&actions=List(COMMENT,SHARE_MENTION,ADMIN_COMMENT)"
				+ "&timeRange=(start:" + NOW.minus(Duration.ofDays(59)).toEpochMilli() + ",end:1764000000000)"
				+ "&start=0&count=50"))
			.willReturn(aResponse().withStatus(429).withBody("{\"status\":429}")));

		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.readInbound(orgSession(), InboundStream.MENTIONS, "2025-01-01T00:00:00Z"))
			.satisfies((ex) -> assertThat(ex.retryAt()).isEqualTo(Instant.parse("2025-11-25T00:00:00Z")));
	}

}
