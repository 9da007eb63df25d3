package org.carecast.channels.instagram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class InstagramInboundTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final InstagramConnector connector = new InstagramConnector(
			new NetworkHttp(ChannelNetwork.INSTAGRAM, Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC());

	private ChannelSession session() {
		return new ChannelSession(new ChannelEndpoint(URI.create(server.baseUrl()), "v25.0", "ig-app", "ig-secret"),
				new ChannelCredentials("IGQ-token", null, null, "17841400000000000", "cityclinic", Map.of()));
	}

	@Test
	void hidesAndDeletesCommentsAndAnswersMessages() {
		server.stubFor(post(urlEqualTo("/v25.0/17865799348089039?hide=true")).willReturn(okJson("{\"success\":true}")));
		server.stubFor(delete(urlEqualTo("/v25.0/17865799348089039")).willReturn(okJson("{\"success\":true}")));
		server.stubFor(post(urlEqualTo("/v25.0/17841400000000000/messages"))
			.willReturn(okJson("{\"recipient_id\":\"232323232\",\"message_id\":\"aWdfZAG\"}")));

		assertThat(this.connector.hideComment(session(), "17865799348089039", true))
			.isInstanceOf(ModerationOutcome.Done.class);
		assertThat(this.connector.deleteComment(session(), "17865799348089039"))
			.isInstanceOf(ModerationOutcome.Done.class);
		assertThat(this.connector
			.sendMessage(session(), "232323232", OutboundPost.text(UUID.randomUUID(), "No booking needed."))
			.remoteId()).isEqualTo("aWdfZAG");

		server.verify(postRequestedFor(urlEqualTo("/v25.0/17865799348089039?hide=true")).withHeader("Authorization",
				equalTo("Bearer IGQ-token")));
		server.verify(deleteRequestedFor(urlEqualTo("/v25.0/17865799348089039")));
		server.verify(postRequestedFor(urlEqualTo("/v25.0/17841400000000000/messages")).withRequestBody(
				equalToJson("{\"recipient\":{\"id\":\"232323232\"},\"message\":{\"text\":\"No booking needed.\"}}")));
		assertThat(this.connector.hideComment(session(), "1?x=y", true)).isInstanceOf(ModerationOutcome.Failed.class);
	}

	@Test
	void readsNewCommentsAndRepliesUnderTheNewestMedia() {
		server.stubFor(get(urlPathEqualTo("/v25.0/17841400000000000/media"))
			.withQueryParam("fields", equalTo("id,timestamp"))
			.withQueryParam("limit", equalTo("10"))
			.withHeader("Authorization", equalTo("Bearer IGQ-token"))
			.willReturn(
					okJson("{\"data\":[{\"id\":\"17920238422030506\",\"timestamp\":\"2026-11-24T10:00:00+0000\"}]}")));
		server.stubFor(get(urlPathEqualTo("/v25.0/17920238422030506/comments"))
			.withQueryParam("fields", equalTo(InstagramComments.FIELDS))
			.withQueryParam("limit", equalTo("50"))
			.willReturn(
					okJson("""
							{ "data": [ { "id": "17865799348089039", "text": "Do I need to book?", "timestamp": "2026-11-24T10:40:00+0000",
							    "username": "jane.doe", "from": { "id": "232323232", "username": "jane.doe" },
							    "replies": { "data": [ { "id": "17873440459141021", "text": "No", "timestamp": "2026-11-24T10:45:00+0000",
							      "username": "cityclinic", "from": { "id": "17841400000000000" } } ] } },
							  { "id": "17865799348080000", "text": "old", "timestamp": "2026-11-24T09:00:00+0000", "username": "sam" } ] }
							""")));

		InboundPage page = this.connector.readInbound(session(), InboundStream.COMMENTS, "2026-11-24T10:00:00Z");

		assertThat(page.items()).singleElement().satisfies((item) -> {
			assertThat(item.remoteId()).isEqualTo("17865799348089039");
			assertThat(item.kind()).isEqualTo(InboundKind.COMMENT);
			assertThat(item.authorHandle()).isEqualTo("jane.doe");
			assertThat(item.rootPostRemoteId()).isEqualTo("17920238422030506");
		});
		assertThat(page.nextCursor()).isEqualTo("2026-11-24T10:45:00Z");
	}

}
