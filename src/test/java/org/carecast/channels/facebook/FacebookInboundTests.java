package org.carecast.channels.facebook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

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
import org.carecast.channels.OutboundPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FacebookInboundTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String PAGE = "1234567890";

	static final String POST = "1234567890_9876543210";

	private final FacebookConnector connector = new FacebookConnector(
			new NetworkHttp(ChannelNetwork.FACEBOOK, Duration.ofSeconds(2), Duration.ofSeconds(5)),
			Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

	private ChannelSession session() {
		ChannelEndpoint endpoint = new ChannelEndpoint(URI.create(server.baseUrl()), "v25.0", "app-id", "app-secret");
		return new ChannelSession(endpoint,
				new ChannelCredentials("EAAB-page", null, null, PAGE, "City Clinic", Map.of("page_id", PAGE)));
	}

	@Test
	void readsNewCommentsUnderRecentPostsAndSkipsThePagesOwnAnswers() {
		server.stubFor(get(urlPathEqualTo("/v25.0/" + PAGE + "/published_posts"))
			.withQueryParam("fields", equalTo("id,created_time"))
			.withQueryParam("limit", equalTo("10"))
			.withHeader("Authorization", equalTo("Bearer EAAB-page"))
			.willReturn(
					okJson("{\"data\":[{\"id\":\"" + POST + "\",\"created_time\":\"2026-11-24T10:00:00+0000\"}]}")));
		server.stubFor(get(urlPathEqualTo("/v25.0/" + POST + "/comments")).withQueryParam("filter", equalTo("stream"))
			.withQueryParam("order", equalTo("reverse_chronological"))
			.withQueryParam("summary", equalTo("true"))
			.withQueryParam("limit", equalTo("100"))
			.withQueryParam("fields",
					equalTo("id,message,created_time,from{id,name},parent{id},like_count,comment_count,permalink_url"))
			.withHeader("Authorization", equalTo("Bearer EAAB-page"))
			.willReturn(
					okJson("""
							{ "data": [
							  { "id": "9876543210_3", "message": "Thanks!", "created_time": "2026-11-24T10:50:00+0000",
							    "from": { "id": "1234567890", "name": "City Clinic" } },
							  { "id": "9876543210_2", "message": "Do I need to book?", "created_time": "2026-11-24T10:40:00+0000",
							    "from": { "id": "5550001", "name": "Jane Doe" }, "parent": { "id": "9876543210_1" },
							    "permalink_url": "https://www.facebook.com/1234567890/posts/9876543210?comment_id=2" },
							  { "id": "9876543210_1", "message": "old", "created_time": "2026-11-24T09:00:00+0000",
							    "from": { "id": "5550002", "name": "Sam" } } ],
							  "paging": { "cursors": { "after": "QVFI" }, "next": "https://graph.facebook.com/next" } }
							""")));

		InboundPage page = this.connector.readInbound(session(), InboundStream.COMMENTS, "2026-11-24T10:00:00Z");

		assertThat(page.items()).extracting(InboundItem::remoteId).containsExactly("9876543210_2");
		InboundItem comment = page.items().get(0);
		assertThat(comment.kind()).isEqualTo(InboundKind.COMMENT);
		assertThat(comment.authorHandle()).isEqualTo("Jane Doe");
		assertThat(comment.inReplyToRemoteId()).isEqualTo("9876543210_1");
		assertThat(comment.rootPostRemoteId()).isEqualTo(POST);
		assertThat(comment.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:40:00Z"));
		assertThat(page.nextCursor()).isEqualTo("2026-11-24T10:50:00Z");
	}

	@Test
	void readsMessengerConversationsWithTheSenderAsTheConversationToAnswer() {
		server.stubFor(get(urlPathEqualTo("/v25.0/" + PAGE + "/conversations"))
			.withQueryParam("platform", equalTo("messenger"))
			.withQueryParam("fields",
					equalTo("id,updated_time,participants,messages.limit(10){id,message,from,created_time}"))
			.willReturn(okJson("""
					{ "data": [ { "id": "t_1", "updated_time": "2026-11-24T11:00:00+0000",
					  "messages": { "data": [
					    { "id": "m_2", "message": "We will check", "created_time": "2026-11-24T11:00:00+0000",
					      "from": { "id": "1234567890", "name": "City Clinic" } },
					    { "id": "m_1", "message": "Is the clinic open?", "created_time": "2026-11-24T10:59:00+0000",
					      "from": { "id": "6660001", "name": "Ann" } } ] } } ] }
					""")));

		InboundPage page = this.connector.readInbound(session(), InboundStream.DIRECT_MESSAGES, null);

		assertThat(page.items()).singleElement().satisfies((item) -> {
			assertThat(item.remoteId()).isEqualTo("m_1");
			assertThat(item.kind()).isEqualTo(InboundKind.DIRECT_MESSAGE);
			assertThat(item.conversationId()).isEqualTo("6660001");
		});
		assertThat(page.nextCursor()).isEqualTo("2026-11-24T11:00:00Z");
	}

	@Test
	void hidesAndDeletesCommentsWithThePageToken() {
		server.stubFor(post(urlEqualTo("/v25.0/9876543210_2")).willReturn(okJson("{\"success\":true}")));
		server.stubFor(delete(urlEqualTo("/v25.0/9876543210_2")).willReturn(okJson("{\"success\":true}")));

		assertThat(this.connector.hideComment(session(), "9876543210_2", true))
			.isInstanceOf(ModerationOutcome.Done.class);
		assertThat(this.connector.deleteComment(session(), "9876543210_2")).isInstanceOf(ModerationOutcome.Done.class);
		server.verify(postRequestedFor(urlEqualTo("/v25.0/9876543210_2"))
			.withHeader("Authorization", equalTo("Bearer EAAB-page"))
			.withRequestBody(equalTo("is_hidden=true")));
		server.verify(deleteRequestedFor(urlEqualTo("/v25.0/9876543210_2")));
		assertThat(this.connector.deleteComment(session(), "../me")).isInstanceOf(ModerationOutcome.Failed.class);
	}

	@Test
	void sendsMessagesInsideTheWindowAndSaysPlainlyWhenItHasClosed() {
		server.stubFor(post(urlEqualTo("/v25.0/" + PAGE + "/messages")).withRequestBody(equalToJson(
				"{\"recipient\":{\"id\":\"6660001\"},\"messaging_type\":\"RESPONSE\",\"message\":{\"text\":\"Yes, 9–1.\"}}"))
			.willReturn(okJson("{\"recipient_id\":\"6660001\",\"message_id\":\"m_99\"}")));
		server.stubFor(post(urlEqualTo("/v25.0/" + PAGE + "/messages"))
			.withRequestBody(equalToJson("{\"recipient\":{\"id\":\"6660002\"}}", true, true))
			.willReturn(aResponse().withStatus(400)
				.withBody("{\"error\":{\"message\":\"(#10) This message is sent outside of allowed window.\","
						+ "\"type\":\"OAuthException\",\"code\":10,\"error_subcode\":2018278}}")));

		assertThat(this.connector.sendMessage(session(), "6660001", OutboundPost.text(UUID.randomUUID(), "Yes, 9–1."))
			.remoteId()).isEqualTo("m_99");
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(
					() -> this.connector.sendMessage(session(), "6660002", OutboundPost.text(UUID.randomUUID(), "Hi")))
			.withMessageContaining("within 24 hours");
	}

	@Test
	void aReplyToACommentGoesUnderTheComment() {
		server
			.stubFor(post(urlEqualTo("/v25.0/9876543210_2/comments")).willReturn(okJson("{\"id\":\"9876543210_7\"}")));
		server.stubFor(get(urlPathEqualTo("/v25.0/9876543210_7")).willReturn(okJson("{\"id\":\"9876543210_7\"}")));

		this.connector.publish(session(), new OutboundPost(UUID.randomUUID(), "No booking needed.", java.util.List.of(),
				null, "9876543210_2", null));

		server.verify(postRequestedFor(urlEqualTo("/v25.0/9876543210_2/comments"))
			.withRequestBody(equalToJson("{\"message\":\"No booking needed.\"}")));
	}

}
