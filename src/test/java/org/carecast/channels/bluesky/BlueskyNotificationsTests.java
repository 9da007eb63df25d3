package org.carecast.channels.bluesky;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

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
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class BlueskyNotificationsTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String PATH = "/xrpc/app.bsky.notification.listNotifications?limit=50&reasons=reply&reasons=mention";

	static final String NEWEST = """
			{ "cursor": "c1", "notifications": [
			  { "uri": "at://did:plc:abcd/app.bsky.feed.post/3mh2m3aa7kc2x", "cid": "bafy1", "reason": "reply",
			    "author": { "did": "did:plc:abcd", "handle": "jane.bsky.social", "displayName": "Jane" },
			    "record": { "text": "Do I need to book? 👨‍❤️‍👨", "createdAt": "2026-11-24T10:40:00.000Z",
			      "reply": { "root": { "uri": "at://did:plc:u5cw/app.bsky.feed.post/3mh2k7xq2lc2a" },
			                 "parent": { "uri": "at://did:plc:u5cw/app.bsky.feed.post/3mh2k7xq2lc2a" } } },
			    "isRead": false, "indexedAt": "2026-11-24T10:40:01.000Z" },
			  { "uri": "at://did:plc:zzzz/app.bsky.feed.like/3mh", "reason": "like",
			    "author": { "handle": "fan.bsky.social" }, "record": {}, "indexedAt": "2026-11-24T10:39:00.000Z" } ] }
			""";

	static final String OLDER = """
			{ "cursor": "c2", "notifications": [
			  { "uri": "at://did:plc:efgh/app.bsky.feed.post/3mh2aaaa", "reason": "mention",
			    "author": { "handle": "sam.bsky.social" }, "record": { "text": "@cityclinic hi", "createdAt": "2026-11-24T10:20:00.000Z" },
			    "indexedAt": "2026-11-24T10:20:00.500Z" },
			  { "uri": "at://did:plc:efgh/app.bsky.feed.post/3mh1old", "reason": "mention",
			    "author": { "handle": "sam.bsky.social" }, "record": { "text": "old", "createdAt": "2026-11-24T09:00:00.000Z" },
			    "indexedAt": "2026-11-24T09:00:00.000Z" } ] }
			""";

	private final BlueskyConnector connector = new BlueskyConnector(
			new NetworkHttp(ChannelNetwork.BLUESKY, Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC());

	private ChannelSession session() {
		return new ChannelSession(new ChannelEndpoint(URI.create(server.baseUrl()), "", "", null),
				new ChannelCredentials("jwt-access", "jwt-refresh", null, "did:plc:u5cw", "cityclinic.bsky.social",
						null));
	}

	@Test
	void walksBackUntilItPassesTheCursorThenMovesItToTheNewestIndexedTime() {
		server.stubFor(get(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer jwt-access"))
			.willReturn(okJson(NEWEST)));
		server.stubFor(get(urlEqualTo(PATH + "&cursor=c1")).willReturn(okJson(OLDER)));

		InboundPage page = this.connector.readInbound(session(), InboundStream.MENTIONS, "2026-11-24T10:00:00Z");

		assertThat(page.items()).extracting(InboundItem::remoteId)
			.containsExactly("at://did:plc:abcd/app.bsky.feed.post/3mh2m3aa7kc2x",
					"at://did:plc:efgh/app.bsky.feed.post/3mh2aaaa");
		assertThat(page.nextCursor()).isEqualTo("2026-11-24T10:40:01Z");
		InboundItem reply = page.items().get(0);
		assertThat(reply.kind()).isEqualTo(InboundKind.COMMENT);
		assertThat(reply.text()).isEqualTo("Do I need to book? 👨‍❤️‍👨");
		assertThat(reply.inReplyToRemoteId()).isEqualTo("at://did:plc:u5cw/app.bsky.feed.post/3mh2k7xq2lc2a");
		assertThat(reply.url()).isEqualTo(URI.create("https://bsky.app/profile/jane.bsky.social/post/3mh2m3aa7kc2x"));
		assertThat(page.items().get(1).kind()).isEqualTo(InboundKind.MENTION);
		// The page that passed the cursor was the last one asked for.
		server.verify(0, getRequestedFor(urlEqualTo(PATH + "&cursor=c2")));
	}

	@Test
	void theFirstReadTakesOnePageAndRepliesCannotBeHidden() {
		server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(NEWEST)));

		InboundPage page = this.connector.readInbound(session(), InboundStream.MENTIONS, null);

		assertThat(page.items()).hasSize(1);
		assertThat(page.nextCursor()).isEqualTo("2026-11-24T10:40:01Z");
		server.verify(0, getRequestedFor(urlEqualTo(PATH + "&cursor=c1")));
		assertThat(this.connector.hideComment(session(), "at://x", true))
			.isInstanceOf(ModerationOutcome.NotSupported.class);
	}

}
