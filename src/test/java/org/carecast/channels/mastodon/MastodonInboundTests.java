package org.carecast.channels.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MastodonInboundTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String PAGE = """
			[ { "id": "68739216", "type": "mention", "created_at": "2026-11-24T11:05:00.000Z",
			    "account": { "id": "2", "acct": "sam@other.example" },
			    "status": { "id": "113507301234567999", "in_reply_to_id": null, "visibility": "direct",
			      "created_at": "2026-11-24T11:05:00.000Z", "url": "https://other.example/@sam/113507301234567999",
			      "account": { "id": "2", "acct": "sam@other.example", "display_name": "Sam" },
			      "content": "<p>Private question &amp; more</p>" } },
			  { "id": "68739215", "type": "mention", "created_at": "2026-11-24T11:02:10.000Z",
			    "account": { "id": "1081104", "acct": "jane@other.example" },
			    "status": { "id": "113507301234567890", "in_reply_to_id": "113507234987654321",
			      "in_reply_to_account_id": "109876", "visibility": "public",
			      "created_at": "2026-11-24T11:02:10.000Z", "url": "https://other.example/@jane/113507301234567890",
			      "account": { "id": "1081104", "acct": "jane@other.example", "display_name": "" },
			      "content": "<p><span class=\\"h-card\\"><a href=\\"https://social.example/@cityclinic\\">@cityclinic</a></span> Is booking needed?<br>Thanks</p>" } },
			  { "id": "68739100", "type": "mention", "created_at": "2026-11-24T10:00:00.000Z",
			    "account": { "id": "3", "acct": "lee" },
			    "status": { "id": "113507200000000000", "in_reply_to_id": null, "visibility": "public",
			      "created_at": "2026-11-24T10:00:00.000Z", "account": { "id": "3", "acct": "lee" },
			      "content": "<p>Shout-out to @cityclinic</p>" } } ]
			""";

	private final MastodonConnector connector = new MastodonConnector(
			new NetworkHttp(ChannelNetwork.MASTODON, Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC());

	@Test
	void firstReadTakesTheLatestPageAndClassifiesRepliesMentionsAndDirectMessages() {
		server.stubFor(get(urlEqualTo("/api/v1/notifications?types%5B%5D=mention&limit=40"))
			.withHeader("Authorization", equalTo("Bearer " + MastodonPublishTests.TOKEN))
			.willReturn(okJson(PAGE)));

		InboundPage page = this.connector.readInbound(MastodonPublishTests.session(server.baseUrl()),
				InboundStream.MENTIONS, null);

		assertThat(page.nextCursor()).isEqualTo("68739216");
		assertThat(page.more()).isFalse();
		assertThat(page.items()).extracting(InboundItem::remoteId, InboundItem::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("113507301234567999", InboundKind.DIRECT_MESSAGE),
					org.assertj.core.groups.Tuple.tuple("113507301234567890", InboundKind.COMMENT),
					org.assertj.core.groups.Tuple.tuple("113507200000000000", InboundKind.MENTION));
		InboundItem reply = page.items().get(1);
		assertThat(reply.text()).isEqualTo("@cityclinic Is booking needed?\nThanks");
		assertThat(reply.authorHandle()).isEqualTo("jane@other.example");
		assertThat(reply.authorName()).isNull();
		assertThat(reply.inReplyToRemoteId()).isEqualTo("113507234987654321");
		assertThat(reply.createdAt()).isEqualTo(Instant.parse("2026-11-24T11:02:10Z"));
		assertThat(reply.url()).isEqualTo(URI.create("https://other.example/@jane/113507301234567890"));
		InboundItem direct = page.items().get(0);
		assertThat(direct.text()).isEqualTo("Private question & more");
		assertThat(direct.conversationId()).isEqualTo("113507301234567999");
		assertThat(direct.toString()).doesNotContain("Private");
	}

	@Test
	void laterReadsPageForwardFromTheCursorWithMinIdAndSayWhenMoreIsWaiting() {
		String full = IntStream.range(0, 40)
			.mapToObj((i) -> "{\"id\":\"" + (700 + i) + "\",\"type\":\"favourite\",\"account\":{\"acct\":\"x\"}}")
			.collect(Collectors.joining(",", "[", "]"));
		server.stubFor(get(urlEqualTo("/api/v1/notifications?types%5B%5D=mention&limit=40&min_id=699"))
			.willReturn(okJson(full)));

		InboundPage page = this.connector.readInbound(MastodonPublishTests.session(server.baseUrl()),
				InboundStream.MENTIONS, "699");

		assertThat(page.items()).isEmpty();
		assertThat(page.nextCursor()).isEqualTo("739");
		assertThat(page.more()).isTrue();
		server.verify(getRequestedFor(urlEqualTo("/api/v1/notifications?types%5B%5D=mention&limit=40&min_id=699")));
	}

	@Test
	void anEmptyPageKeepsTheCursor() {
		server.stubFor(get(urlEqualTo("/api/v1/notifications?types%5B%5D=mention&limit=40&min_id=99999999"))
			.willReturn(okJson("[]")));

		InboundPage page = this.connector.readInbound(MastodonPublishTests.session(server.baseUrl()),
				InboundStream.MENTIONS, "99999999");

		assertThat(page.items()).isEmpty();
		assertThat(page.nextCursor()).isEqualTo("99999999");
	}

	@Test
	void errorsBecomeChannelExceptionsAndHostileCursorsNeverReachTheUrl() {
		server.stubFor(get(urlEqualTo("/api/v1/notifications?types%5B%5D=mention&limit=40&min_id=1"))
			.willReturn(aResponse().withStatus(401).withBody("{\"error\":\"The access token is invalid\"}")));
		server.stubFor(get(urlEqualTo("/api/v1/notifications?types%5B%5D=mention&limit=40&min_id=2"))
			.willReturn(aResponse().withStatus(429)
				.withHeader("X-RateLimit-Reset", "2026-11-24T10:20:00.000000Z")
				.withBody("{\"error\":\"Too many requests\"}")));

		assertThatExceptionOfType(AuthorizationExpiredException.class).isThrownBy(() -> this.connector
			.readInbound(MastodonPublishTests.session(server.baseUrl()), InboundStream.MENTIONS, "1"));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.readInbound(MastodonPublishTests.session(server.baseUrl()),
					InboundStream.MENTIONS, "2"))
			.satisfies((ex) -> assertThat(ex.retryAt()).isEqualTo(Instant.parse("2026-11-24T10:20:00Z")));
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> this.connector
			.readInbound(MastodonPublishTests.session(server.baseUrl()), InboundStream.MENTIONS, "1&admin=true"));
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> this.connector
			.readInbound(MastodonPublishTests.session(server.baseUrl()), InboundStream.COMMENTS, null));
	}

	@Test
	void othersRepliesCannotBeModeratedThroughTheApi() {
		assertThat(this.connector.deleteComment(MastodonPublishTests.session(server.baseUrl()), "1"))
			.isInstanceOfSatisfying(ModerationOutcome.NotSupported.class,
					(outcome) -> assertThat(outcome.reason()).contains("Mastodon moderation tools"));
		assertThat(this.connector.hideComment(MastodonPublishTests.session(server.baseUrl()), "1", true))
			.isInstanceOf(ModerationOutcome.NotSupported.class);
		assertThat(MastodonHtml.text("<p>a &lt;b&gt; <unclosed")).isEqualTo("a <b>");
	}

	@Test
	void aDirectAnswerIsADirectStatusNamingThePerson() {
		server.stubFor(get(urlEqualTo("/api/v1/statuses/113507301234567999"))
			.willReturn(okJson("{\"id\":\"113507301234567999\",\"account\":{\"acct\":\"sam@other.example\"}}")));
		server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/api/v1/statuses"))
			.willReturn(okJson(MastodonPublishTests.STATUS)));

		this.connector.sendMessage(MastodonPublishTests.session(server.baseUrl()), "113507301234567999",
				org.carecast.channels.OutboundPost.text(MastodonPublishTests.KEY, "Yes, we are open."));

		server.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/api/v1/statuses"))
			.withHeader("Idempotency-Key", equalTo(MastodonPublishTests.KEY.toString()))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
				.equalToJson("{\"status\":\"@sam@other.example Yes, we are open.\",\"visibility\":\"direct\","
						+ "\"in_reply_to_id\":\"113507301234567999\"}")));
	}

}
