package org.carecast.channels.x;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class XMentionsTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String BASE = "/2/users/2244994945/mentions?max_results=100"
			+ "&tweet.fields=created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets"
			+ "&expansions=author_id&user.fields=username,name";

	static final String NEWEST = """
			{ "data": [ { "id": "1861240000000000003", "text": "@cityclinic do I need to book?", "author_id": "1111",
			    "conversation_id": "1861234567890123456", "in_reply_to_user_id": "2244994945",
			    "created_at": "2026-11-24T10:41:00.000Z",
			    "referenced_tweets": [ { "type": "replied_to", "id": "1861234567890123456" } ] } ],
			  "includes": { "users": [ { "id": "1111", "username": "jane_doe", "name": "Jane" } ] },
			  "meta": { "result_count": 1, "newest_id": "1861240000000000003", "oldest_id": "1861240000000000003",
			    "next_token": "page2token" } }
			""";

	static final String OLDER = """
			{ "data": [ { "id": "1861240000000000002", "text": "Thanks @cityclinic", "author_id": "2222",
			    "conversation_id": "1861240000000000002", "created_at": "2026-11-24T10:30:00.000Z" } ],
			  "includes": { "users": [ { "id": "2222", "username": "sam", "name": "Sam" } ] },
			  "meta": { "result_count": 1, "newest_id": "1861240000000000002", "oldest_id": "1861240000000000002" } }
			""";

	private final XConnector connector = new XConnector(
			new NetworkHttp(ChannelNetwork.X, Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC());

	private ChannelSession session() {
		return new ChannelSession(new ChannelEndpoint(URI.create(server.baseUrl()), "2", "client", null),
				new ChannelCredentials("x-token", null, null, "2244994945", "cityclinic", null));
	}

	@Test
	void readsEveryPageSinceTheCursorBeforeMovingItToTheNewestId() {
		server.stubFor(get(urlEqualTo(BASE + "&since_id=1861240000000000001"))
			.withHeader("Authorization", equalTo("Bearer x-token"))
			.willReturn(okJson(NEWEST)));
		server.stubFor(get(urlEqualTo(BASE + "&since_id=1861240000000000001&pagination_token=page2token"))
			.withHeader("Authorization", equalTo("Bearer x-token"))
			.willReturn(okJson(OLDER)));

		InboundPage page = this.connector.readInbound(session(), InboundStream.MENTIONS, "1861240000000000001");

		assertThat(page.nextCursor()).isEqualTo("1861240000000000003");
		assertThat(page.items()).extracting(InboundItem::remoteId)
			.containsExactly("1861240000000000003", "1861240000000000002");
		InboundItem reply = page.items().get(0);
		assertThat(reply.kind()).isEqualTo(InboundKind.COMMENT);
		assertThat(reply.authorHandle()).isEqualTo("jane_doe");
		assertThat(reply.authorName()).isEqualTo("Jane");
		assertThat(reply.inReplyToRemoteId()).isEqualTo("1861234567890123456");
		assertThat(reply.rootPostRemoteId()).isEqualTo("1861234567890123456");
		assertThat(reply.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:41:00Z"));
		assertThat(reply.url()).isEqualTo(URI.create("https://x.com/jane_doe/status/1861240000000000003"));
		assertThat(page.items().get(1).kind()).isEqualTo(InboundKind.MENTION);
	}

	@Test
	void theFirstReadTakesOnePageAndAnEmptyTimelineKeepsTheCursor() {
		server.stubFor(get(urlEqualTo(BASE)).willReturn(okJson(NEWEST)));
		server.stubFor(get(urlEqualTo(BASE + "&since_id=1861240000000000003"))
			.willReturn(okJson("{\"meta\":{\"result_count\":0}}")));

		assertThat(this.connector.readInbound(session(), InboundStream.MENTIONS, null).items()).hasSize(1);
		InboundPage empty = this.connector.readInbound(session(), InboundStream.MENTIONS, "1861240000000000003");
		assertThat(empty.items()).isEmpty();
		assertThat(empty.nextCursor()).isEqualTo("1861240000000000003");
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.readInbound(session(), InboundStream.MENTIONS, "1&x=y"));
	}

	@Test
	void hidesRepliesButCannotDeleteThem() {
		server.stubFor(put(urlEqualTo("/2/tweets/1861240000000000003/hidden"))
			.willReturn(okJson("{\"data\":{\"hidden\":true}}")));

		assertThat(this.connector.hideComment(session(), "1861240000000000003", true))
			.isInstanceOf(ModerationOutcome.Done.class);
		server.verify(putRequestedFor(urlEqualTo("/2/tweets/1861240000000000003/hidden"))
			.withHeader("Authorization", equalTo("Bearer x-token"))
			.withRequestBody(equalToJson("{\"hidden\":true}")));
		assertThat(this.connector.deleteComment(session(), "1")).isInstanceOf(ModerationOutcome.NotSupported.class);
		assertThat(this.connector.hideComment(session(), "../users", true))
			.isInstanceOf(ModerationOutcome.Failed.class);
	}

	@Test
	void directMessagesGoToTheConversationWithThePerson() {
		server.stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.post(urlEqualTo("/2/dm_conversations/with/2222/messages"))
			.willReturn(okJson("{\"data\":{\"dm_conversation_id\":\"1-2\",\"dm_event_id\":\"1861240000000000010\"}}")));

		assertThat(this.connector
			.sendMessage(session(), "2222",
					org.carecast.channels.OutboundPost.text(java.util.UUID.randomUUID(), "Yes."))
			.remoteId()).isEqualTo("1861240000000000010");
		server.verify(com.github.tomakehurst.wiremock.client.WireMock
			.postRequestedFor(urlEqualTo("/2/dm_conversations/with/2222/messages"))
			.withHeader("Authorization", equalTo("Bearer x-token"))
			.withRequestBody(equalToJson("{\"text\":\"Yes.\"}")));
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> this.connector.sendMessage(session(),
				"../2", org.carecast.channels.OutboundPost.text(java.util.UUID.randomUUID(), "x")));
	}

}
