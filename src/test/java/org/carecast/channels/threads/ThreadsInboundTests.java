package org.carecast.channels.threads;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Replies under the account's newest Threads posts, read as platform-apis.md §6.5 shows.
 */
class ThreadsInboundTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ThreadsConnector connector = new ThreadsConnector(
			new NetworkHttp(ChannelNetwork.THREADS, Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC());

	private ChannelSession session() {
		return new ChannelSession(new ChannelEndpoint(URI.create(server.baseUrl()), "v1.0", "th-app", "th-secret"),
				new ChannelCredentials("THQVJ-long", null, null, "17841400000000000", "cityclinic", Map.of()));
	}

	@Test
	void readsNewRepliesAtEveryDepthButNotTheAccountsOwn() {
		server.stubFor(get(urlPathEqualTo("/v1.0/17841400000000000/threads"))
			.withQueryParam("fields", equalTo("id,timestamp"))
			.withQueryParam("limit", equalTo("10"))
			.withHeader("Authorization", equalTo("Bearer THQVJ-long"))
			.willReturn(okJson("{\"data\":[{\"id\":\"18012345678901234\",\"timestamp\":\"2026-11-24T10:00:00+0000\"},"
					+ "{\"id\":\"not-a-media-id\"}]}")));
		server.stubFor(get(urlPathEqualTo("/v1.0/18012345678901234/conversation"))
			.withQueryParam("fields", equalTo(ThreadsReplies.FIELDS))
			.withQueryParam("reverse", equalTo("false"))
			.willReturn(
					okJson("""
							{ "data": [
							  { "id": "18012345678900001", "text": "old one", "username": "sam", "timestamp": "2026-11-24T09:00:00+0000",
							    "replied_to": { "id": "18012345678901234" }, "root_post": { "id": "18012345678901234" }, "is_reply": true },
							  { "id": "18012345678909999", "text": "Do I need to book?", "username": "jane.doe", "timestamp": "2026-11-24T10:40:00+0000",
							    "permalink": "https://www.threads.com/@jane.doe/post/DAbXyZ",
							    "replied_to": { "id": "18012345678901234" }, "root_post": { "id": "18012345678901234" }, "is_reply": true,
							    "hide_status": "NOT_HUSHED" },
							  { "id": "18012345678908888", "text": "No booking needed.", "username": "CityClinic", "timestamp": "2026-11-24T10:45:00+0000",
							    "replied_to": { "id": "18012345678909999" }, "root_post": { "id": "18012345678901234" }, "is_reply": true },
							  { "id": "18012345678907777", "text": "Thanks!", "username": "jane.doe", "timestamp": "2026-11-24T10:50:00+0000",
							    "permalink": "javascript:alert(1)",
							    "replied_to": { "id": "18012345678908888" }, "root_post": { "id": "18012345678901234" }, "is_reply": true }
							],
							  "paging": { "cursors": { "before": "QVFIUk", "after": "QVFIUm" } } }
							""")));

		InboundPage page = this.connector.readInbound(session(), InboundStream.COMMENTS, "2026-11-24T10:00:00Z");

		assertThat(page.items()).hasSize(2);
		assertThat(page.items().get(0)).satisfies((item) -> {
			assertThat(item.remoteId()).isEqualTo("18012345678909999");
			assertThat(item.kind()).isEqualTo(InboundKind.COMMENT);
			assertThat(item.authorHandle()).isEqualTo("jane.doe");
			assertThat(item.inReplyToRemoteId()).isEqualTo("18012345678901234");
			assertThat(item.rootPostRemoteId()).isEqualTo("18012345678901234");
			assertThat(item.url()).hasToString("https://www.threads.com/@jane.doe/post/DAbXyZ");
		});
		// A reply to our own reply is still theirs; a link that is not https is dropped.
		assertThat(page.items().get(1)).satisfies((item) -> {
			assertThat(item.inReplyToRemoteId()).isEqualTo("18012345678908888");
			assertThat(item.url()).isNull();
		});
		assertThat(page.nextCursor()).isEqualTo("2026-11-24T10:50:00Z");
		server.verify(1, getRequestedFor(urlPathEqualTo("/v1.0/18012345678901234/conversation")));
		assertThat(this.connector.inboundStreams()).containsExactly(InboundStream.COMMENTS);
	}

	@Test
	void threadsHasNoDirectMessagesToRead() {
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.readInbound(session(), InboundStream.DIRECT_MESSAGES, null));
	}

}
