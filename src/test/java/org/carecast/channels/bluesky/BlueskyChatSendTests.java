package org.carecast.channels.bluesky;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.internal.DirectMessageConnector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BlueskyChatSendTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String SEND = "/xrpc/chat.bsky.convo.sendMessage";

	static final UUID KEY = UUID.fromString("0b7f8c1e-0000-4000-8000-000000000001");

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
	void sendsTheTextIntoTheConversationThroughTheChatProxy() {
		server.stubFor(post(urlEqualTo(SEND)).withHeader("atproto-proxy", equalTo(BlueskyChatTests.PROXY))
			.withHeader("Authorization", equalTo("Bearer jwt-access"))
			.withRequestBody(equalToJson("{\"convoId\":\"c1\",\"message\":{\"text\":\"No booking needed 👍\"}}"))
			.willReturn(okJson("{\"id\":\"m10\",\"rev\":\"" + BlueskyChatTests.rev(10)
					+ "\",\"text\":\"No booking needed 👍\",\"sender\":{\"did\":\"did:plc:u5cw\"},"
					+ "\"sentAt\":\"2026-11-24T10:10:00.000Z\"}")));

		PublishedPost sent = this.connector.sendMessage(session(), "c1",
				OutboundPost.text(KEY, "No booking needed 👍"));

		assertThat(sent.remoteId()).isEqualTo("c1:m10");
		assertThat(sent.publishedAt()).isEqualTo(Instant.parse("2026-11-24T10:10:00Z"));
	}

	@Test
	void refusesTextOverAThousandGraphemesBeforeSendingAnything() {
		server.stubFor(post(urlEqualTo(SEND)).withHeader("atproto-proxy", equalTo(BlueskyChatTests.PROXY))
			.willReturn(okJson("{\"id\":\"m10\",\"sentAt\":\"2026-11-24T10:10:00.000Z\"}")));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.sendMessage(session(), "c1", OutboundPost.text(KEY, "a".repeat(1001))))
			.withMessageContaining("1,000")
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("text_too_long"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.sendMessage(session(), "../c1", OutboundPost.text(KEY, "hi")));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.sendMessage(session(), "c1", OutboundPost.text(KEY, "  ")));
		server.verify(0, anyRequestedFor(anyUrl()));

		// A thousand graphemes of several code points each still fit.
		this.connector.sendMessage(session(), "c1", OutboundPost.text(KEY, "é".repeat(1000)));
		server.verify(1, postRequestedFor(urlEqualTo(SEND)));
	}

	@Test
	void anUnknownOutcomeIsNeverResentAutomatically() {
		server.stubFor(post(urlEqualTo(SEND)).withHeader("atproto-proxy", equalTo(BlueskyChatTests.PROXY))
			.willReturn(aResponse().withStatus(502)));

		assertThatExceptionOfType(OutcomeUnknownException.class)
			.isThrownBy(() -> this.connector.sendMessage(session(), "c1", OutboundPost.text(KEY, "hi")));
		// Posts keep their record key for good; chat messages have no key at all.
		assertThat(this.connector.idempotencyWindow()).isPositive();
		DirectMessageConnector messages = new DirectMessageConnector(this.connector, "c1");
		assertThat(messages.idempotencyWindow()).isZero();
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> messages.findPublished(session(), OutboundPost.text(KEY, "hi"), Instant.EPOCH))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("message_unknown"));
	}

	@Test
	void aSendWithoutDirectMessageAccessSaysSo() {
		server.stubFor(post(urlEqualTo(SEND)).withHeader("atproto-proxy", equalTo(BlueskyChatTests.PROXY))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"InvalidToken\",\"message\":\"Bad token scope\"}")));

		assertThatExceptionOfType(RejectedException.class).isThrownBy(
				() -> this.connector.sendMessage(session(), "c1", OutboundPost.text(KEY, "Your test result is ready")))
			.withMessage(ChatErrorReader.NO_DM_ACCESS)
			.withMessageNotContaining("test result");
	}

	private static ChannelSession session() {
		return new ChannelSession(new ChannelEndpoint(URI.create(server.baseUrl()), "", "", null),
				new ChannelCredentials("jwt-access", "jwt-refresh", null, "did:plc:u5cw", "cityclinic.bsky.social",
						null));
	}

}
