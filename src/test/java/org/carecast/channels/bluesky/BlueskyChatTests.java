package org.carecast.channels.bluesky;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bluesky direct messages read through the chat proxy. Every chat stub requires the
 * {@code atproto-proxy} header; a call without it gets the catch-all refusal, so any test
 * that reads something proves the header was sent.
 */
class BlueskyChatTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String PROXY = "did:web:api.bsky.chat#bsky_chat";

	static final String CONVOS = "/xrpc/chat.bsky.convo.listConvos?limit=50";

	static final String ME = "did:plc:u5cw";

	private final BlueskyConnector connector = new BlueskyConnector(
			new NetworkHttp(ChannelNetwork.BLUESKY, Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC());

	@BeforeEach
	void refuseChatCallsWithoutTheProxyHeader() {
		server.stubFor(any(urlPathMatching("/xrpc/chat\\..*")).atPriority(10)
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"InvalidRequest\",\"message\":\"No chat proxy named\"}")));
	}

	@Test
	void theStubRefusesACallWithoutTheProxyHeader() throws Exception {
		server.stubFor(chat(CONVOS, "{\"convos\":[]}"));
		HttpResponse<String> bare = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + CONVOS)).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(bare.statusCode()).isEqualTo(400);
		InboundPage page = read(null);
		assertThat(page.items()).isEmpty();
		// An account with no conversation yet starts from the oldest revision, not from
		// null.
		assertThat(page.nextCursor()).isEqualTo(BlueskyChat.OLDEST_REV);
		server.verify(getRequestedFor(urlEqualTo(CONVOS)).withHeader("atproto-proxy", equalTo(PROXY))
			.withHeader("Authorization", equalTo("Bearer jwt-access")));
		assertThat(this.connector.inboundStreams()).contains(InboundStream.DIRECT_MESSAGES);
	}

	@Test
	void theFirstReadTakesTheLastMessageOfEachConversationAndNoHistory() {
		server.stubFor(chat(CONVOS, convos(null,
				convo("c1", rev(5), msg("m5", rev(5), "did:plc:jane", "Is the clinic open?")),
				convo("c2", rev(4), msg("m4", rev(4), ME, "Our own answer")),
				convo("c3", rev(3), "{\"$type\":\"chat.bsky.convo.defs#deletedMessageView\",\"id\":\"m3\",\"rev\":\""
						+ rev(3) + "\",\"sender\":{\"did\":\"did:plc:bob\"},\"sentAt\":\"2026-11-24T10:00:00Z\"}"))));

		InboundPage page = read(null);

		assertThat(page.items()).extracting(InboundItem::remoteId).containsExactly("c1:m5");
		assertThat(page.nextCursor()).isEqualTo(rev(5));
		assertThat(page.more()).isFalse();
		server.verify(0, getRequestedFor(urlPathEqualTo("/xrpc/chat.bsky.convo.getMessages")));
	}

	@Test
	void readsChangedConversationsBackToTheCursorSkippingOwnDeletedAndSystemMessages() {
		server.stubFor(chat(CONVOS, convos(null, convo("c1", rev(9), "null"), convo("c2", rev(2), "null"))));
		server.stubFor(chat(messages("c1", null),
				page(null, msg("m9", rev(9), "did:plc:jane", "Do I need to book? 👨‍❤️‍👨"),
						msg("m8", rev(8), ME, "Thanks for asking"),
						"{\"$type\":\"chat.bsky.convo.defs#deletedMessageView\",\"id\":\"m7\",\"rev\":\"" + rev(7)
								+ "\",\"sender\":{\"did\":\"did:plc:jane\"},\"sentAt\":\"2026-11-24T10:07:00Z\"}",
						"{\"$type\":\"chat.bsky.convo.defs#systemMessageView\",\"id\":\"m6\",\"rev\":\"" + rev(6)
								+ "\",\"sentAt\":\"2026-11-24T10:06:00Z\",\"data\":{}}",
						msg("m3", rev(3), "did:plc:jane", "seen before"))));

		InboundPage page = read(rev(3));

		assertThat(page.items()).hasSize(1);
		InboundItem item = page.items().get(0);
		assertThat(item.remoteId()).isEqualTo("c1:m9");
		assertThat(item.kind()).isEqualTo(InboundKind.DIRECT_MESSAGE);
		assertThat(item.authorHandle()).isEqualTo("jane.bsky.social");
		assertThat(item.authorName()).isEqualTo("Jane");
		assertThat(item.text()).isEqualTo("Do I need to book? 👨‍❤️‍👨");
		assertThat(item.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:09:00Z"));
		assertThat(item.conversationId()).isEqualTo("c1");
		assertThat(item.url()).isNull();
		assertThat(page.nextCursor()).isEqualTo(rev(9));
		// c2 is at the cursor: nothing of it is read.
		server.verify(0, getRequestedFor(urlEqualTo(messages("c2", null))));
	}

	@Test
	void pagesAcrossTwoConversationsThenARestartFromTheStoredCursorLeavesNoGapAndNoDuplicate() {
		server.stubFor(chat(CONVOS, convos("p2", convo("c1", rev(5), "null"))));
		server.stubFor(
				chat(CONVOS + "&cursor=p2", convos(null, convo("c2", rev(3), "null"), convo("c3", rev(1), "null"))));
		server.stubFor(chat(messages("c1", null), page("m2", msg("m5", rev(5), "did:plc:jane", "five"))));
		server.stubFor(chat(messages("c1", "m2"),
				page(null, msg("m4", rev(4), "did:plc:jane", "four"), msg("m2", rev(2), "did:plc:jane", "two"))));
		server.stubFor(chat(messages("c2", null),
				page(null, msg("m3", rev(3), "did:plc:bob", "three"), msg("m1", rev(1), "did:plc:bob", "one"))));

		InboundPage first = read(rev(2));

		List<String> seen = new ArrayList<>(ids(first));
		assertThat(seen).containsExactlyInAnyOrder("c1:m5", "c1:m4", "c2:m3");
		assertThat(first.nextCursor()).isEqualTo(rev(5));
		server.verify(0, getRequestedFor(urlEqualTo(messages("c3", null))));

		// The node restarts; meanwhile Bob wrote twice more and the account answered.
		server.stubFor(chat(CONVOS, convos(null, convo("c2", rev(8), "null"), convo("c1", rev(5), "null"))));
		server.stubFor(chat(messages("c2", null),
				page(null, msg("m8", rev(8), "did:plc:bob", "eight"), msg("m7", rev(7), ME, "our answer"),
						msg("m6", rev(6), "did:plc:bob", "six"), msg("m3", rev(3), "did:plc:bob", "three"))));

		InboundPage second = read(first.nextCursor());

		seen.addAll(ids(second));
		assertThat(seen).containsExactlyInAnyOrder("c1:m5", "c1:m4", "c2:m3", "c2:m8", "c2:m6");
		assertThat(second.nextCursor()).isEqualTo(rev(8));
	}

	@Test
	void aConversationThatJumpsToTheTopDuringAWalkIsReadBackToTheOldCursor() {
		server.stubFor(chat(CONVOS, convos("p2", convo("c1", rev(5), "null"))).inScenario("bump")
			.whenScenarioStateIs(STARTED)
			.willSetStateTo("bumped"));
		// While page 2 was asked for, c4 (which held an unread message, rev 4) got a new
		// one.
		server.stubFor(chat(CONVOS + "&cursor=p2", convos(null, convo("c3", rev(1), "null"))));
		server.stubFor(
				chat(CONVOS, convos(null, convo("c4", rev(8), "null"), convo("c1", rev(5), "null"))).inScenario("bump")
					.whenScenarioStateIs("bumped"));
		server.stubFor(chat(messages("c1", null), page(null, msg("m5", rev(5), "did:plc:jane", "five"))));
		server.stubFor(chat(messages("c4", null), page(null, msg("m8", rev(8), "did:plc:bob", "eight"),
				msg("m4", rev(4), "did:plc:bob", "four"), msg("m1", rev(1), "did:plc:bob", "one"))));

		InboundPage page = read(rev(2));

		assertThat(ids(page)).containsExactlyInAnyOrder("c1:m5", "c4:m8", "c4:m4");
		assertThat(page.nextCursor()).isEqualTo(rev(5));
	}

	@Test
	void aReadThatCannotFinishKeepsTheCursorWhereItWas() {
		server.stubFor(chat(CONVOS, convos(null, convo("c1", rev(9), "null"))));
		server.stubFor(chat(messages("c1", null), page("more", msg("m9", rev(9), "did:plc:jane", "nine"))));
		server.stubFor(chat(messages("c1", "more"), page("more", msg("m9", rev(9), "did:plc:jane", "nine"))));

		InboundPage page = read(rev(2));

		assertThat(page.nextCursor()).isEqualTo(rev(2));
		assertThat(page.items()).isNotEmpty();
		server.verify(BlueskyChat.MAX_PAGES - 1, getRequestedFor(urlEqualTo(messages("c1", "more"))));
	}

	@Test
	void anAppPasswordWithoutDirectMessageAccessIsToldInPlainWords() {
		server.stubFor(get(urlEqualTo(CONVOS)).withHeader("atproto-proxy", equalTo(PROXY))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"InvalidToken\",\"message\":\"Bad token method\"}")));

		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> read(rev(2)))
			.withMessageContaining("lacks direct-message access");
	}

	@Test
	void anExpiredTokenGoesToTheSessionRefreshAndARateLimitWaitsForTheReset() {
		server.stubFor(get(urlEqualTo(CONVOS)).withHeader("atproto-proxy", equalTo(PROXY))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
		assertThatExceptionOfType(AuthorizationExpiredException.class).isThrownBy(() -> read(rev(2)));

		server.stubFor(get(urlEqualTo(CONVOS)).withHeader("atproto-proxy", equalTo(PROXY))
			.willReturn(aResponse().withStatus(429)
				.withHeader("RateLimit-Reset", "1795000000")
				.withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));
		assertThatExceptionOfType(RateLimitedException.class).isThrownBy(() -> read(rev(2)))
			.satisfies((ex) -> assertThat(ex.retryAt()).isEqualTo(Instant.ofEpochSecond(1795000000)));

		server.stubFor(get(urlEqualTo(CONVOS)).withHeader("atproto-proxy", equalTo(PROXY))
			.willReturn(aResponse().withStatus(502)));
		assertThatExceptionOfType(TemporaryFailureException.class).isThrownBy(() -> read(rev(2)));
	}

	@Test
	void hostileAnswersFailTheWholeReadInFixedWords() {
		server.stubFor(get(urlEqualTo(CONVOS)).withHeader("atproto-proxy", equalTo(PROXY))
			.willReturn(aResponse().withStatus(200).withBody("<html>not json")));
		assertThatExceptionOfType(TemporaryFailureException.class).isThrownBy(() -> read(rev(2)));

		server.stubFor(chat(CONVOS, convos(null, convo("c1", rev(9), "null"))));
		String secret = "my HIV test result is positive";
		server.stubFor(chat(messages("c1", null), page(null, msg("m9", rev(9), "did:plc:jane", "fine"),
				"{\"id\":\"m8\",\"rev\":\"" + rev(8) + "\",\"text\":\"" + secret + "\"}")));
		assertThatExceptionOfType(TemporaryFailureException.class).isThrownBy(() -> read(rev(2)))
			.withMessage("Bluesky sent a chat message Carecast could not read")
			.withMessageNotContaining(secret);

		server.stubFor(chat(messages("c1", null),
				page(null, msg("m9", rev(9), "did:plc:jane", secret + " " + "x".repeat(20_000)))));
		assertThatExceptionOfType(TemporaryFailureException.class).isThrownBy(() -> read(rev(2)))
			.withMessageNotContaining(secret);

		server.stubFor(chat(CONVOS, convos(null, "{\"id\":\"../../etc\",\"rev\":\"" + rev(9) + "\"}")));
		assertThatExceptionOfType(TemporaryFailureException.class).isThrownBy(() -> read(rev(2)))
			.withMessage("Bluesky sent a chat conversation Carecast could not read");
	}

	private InboundPage read(String cursor) {
		return this.connector.readInbound(session(), InboundStream.DIRECT_MESSAGES, cursor);
	}

	static ChannelSession session() {
		return new ChannelSession(new ChannelEndpoint(URI.create(server.baseUrl()), "", "", null),
				new ChannelCredentials("jwt-access", "jwt-refresh", null, ME, "cityclinic.bsky.social", null));
	}

	private static List<String> ids(InboundPage page) {
		return page.items().stream().map(InboundItem::remoteId).toList();
	}

	private static com.github.tomakehurst.wiremock.client.MappingBuilder chat(String url, String body) {
		return get(urlEqualTo(url)).withHeader("atproto-proxy", equalTo(PROXY)).willReturn(okJson(body));
	}

	static String rev(int n) {
		return String.format("3maaaaaaaa%03d", n);
	}

	private static String messages(String convoId, String cursor) {
		return "/xrpc/chat.bsky.convo.getMessages?convoId=" + convoId + "&limit=50"
				+ ((cursor != null) ? "&cursor=" + cursor : "");
	}

	private static String convos(String cursor, String... convos) {
		return "{" + ((cursor != null) ? "\"cursor\":\"" + cursor + "\"," : "") + "\"convos\":["
				+ String.join(",", convos) + "]}";
	}

	private static String page(String cursor, String... messages) {
		return "{" + ((cursor != null) ? "\"cursor\":\"" + cursor + "\"," : "") + "\"messages\":["
				+ String.join(",", messages) + "]}";
	}

	private static String convo(String id, String rev, String lastMessage) {
		return "{\"id\":\"" + id + "\",\"rev\":\"" + rev + "\",\"unreadCount\":1,\"lastMessage\":" + lastMessage
				+ ",\"members\":[{\"did\":\"" + ME + "\",\"handle\":\"cityclinic.bsky.social\"},"
				+ "{\"did\":\"did:plc:jane\",\"handle\":\"jane.bsky.social\",\"displayName\":\"Jane\"},"
				+ "{\"did\":\"did:plc:bob\",\"handle\":\"bob.bsky.social\"}]}";
	}

	static String msg(String id, String rev, String sender, String text) {
		int minute = Integer.parseInt(rev.substring(rev.length() - 2));
		return "{\"$type\":\"chat.bsky.convo.defs#messageView\",\"id\":\"" + id + "\",\"rev\":\"" + rev
				+ "\",\"text\":\"" + text + "\",\"sender\":{\"did\":\"" + sender + "\"},\"sentAt\":\""
				+ String.format("2026-11-24T10:%02d:00Z", minute) + "\"}";
	}

}
