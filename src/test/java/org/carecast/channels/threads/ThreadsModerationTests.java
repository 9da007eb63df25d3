package org.carecast.channels.threads;

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
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ThreadsModerationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ThreadsConnector connector = new ThreadsConnector(
			new NetworkHttp(ChannelNetwork.THREADS, Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC());

	private ChannelSession session() {
		return new ChannelSession(new ChannelEndpoint(URI.create(server.baseUrl()), "v1.0", "th-app", "th-secret"),
				new ChannelCredentials("THQVJ-long", null, null, "17841400000000000", "cityclinic", Map.of()));
	}

	@Test
	void hidesRepliesThroughManageReplyAndCannotDeleteOrMessage() {
		server
			.stubFor(post(urlEqualTo("/v1.0/18012345678909999/manage_reply")).willReturn(okJson("{\"success\":true}")));

		assertThat(this.connector.hideComment(session(), "18012345678909999", true))
			.isInstanceOf(ModerationOutcome.Done.class);
		server.verify(postRequestedFor(urlEqualTo("/v1.0/18012345678909999/manage_reply"))
			.withHeader("Authorization", equalTo("Bearer THQVJ-long"))
			.withRequestBody(equalTo("hide=true")));
		assertThat(this.connector.deleteComment(session(), "18012345678909999"))
			.isInstanceOf(ModerationOutcome.NotSupported.class);
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.connector.sendMessage(session(), "1", OutboundPost.text(UUID.randomUUID(), "hi")))
			.withMessageContaining("does not let apps send direct messages");
	}

}
