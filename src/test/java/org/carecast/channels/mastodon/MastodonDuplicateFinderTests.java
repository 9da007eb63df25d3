package org.carecast.channels.mastodon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
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

class MastodonDuplicateFinderTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String FIRST_PAGE = "/api/v1/accounts/109876/statuses?limit=20&exclude_reblogs=true";

	private static final Instant NOT_BEFORE = Instant.parse("2026-11-24T10:14:00Z");

	private final MastodonConnector connector = new MastodonConnector(
			new NetworkHttp(ChannelNetwork.MASTODON, Duration.ofSeconds(2), Duration.ofSeconds(5)),
			Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

	private static String status(String id, String createdAt, String inReplyTo) {
		return """
				{ "id": "%s", "created_at": "%s", "in_reply_to_id": %s, "visibility": "public",
				  "uri": "https://social.example/users/cityclinic/statuses/%s",
				  "url": "https://social.example/@cityclinic/%s",
				  "content": "<p>html</p>", "media_attachments": [] }
				""".formatted(id, createdAt, (inReplyTo != null) ? "\"" + inReplyTo + "\"" : "null", id, id);
	}

	private static void source(String id, String text) {
		server.stubFor(get("/api/v1/statuses/" + id + "/source")
			.willReturn(okJson("{ \"id\": \"" + id + "\", \"text\": \"" + text + "\", \"spoiler_text\": \"\" }")));
	}

	@Test
	void followsTheNextLinkAndComparesThePlainTextSource() {
		server.stubFor(get(FIRST_PAGE).willReturn(okJson("[" + status("300", "2026-11-24T11:30:00.000Z", null) + ","
				+ status("299", "2026-11-24T11:00:00.000Z", null) + "]")
			.withHeader("Link", "<" + server.baseUrl()
					+ "/api/v1/accounts/109876/statuses?limit=20&exclude_reblogs=true" + "&min_id=300>; rel=\"prev\", <"
					+ server.baseUrl()
					+ "/api/v1/accounts/109876/statuses?limit=20&exclude_reblogs=true&max_id=299>; rel=\"next\"")));
		server.stubFor(get(FIRST_PAGE + "&max_id=299")
			.willReturn(okJson("[" + status("250", "2026-11-24T10:15:00.000Z", null) + "]")));
		source("300", "Something else entirely");
		source("299", "Flu clinics open Saturday");
		source("250", "Flu clinics open Saturday 9–1.\\n");

		Optional<PublishedPost> found = this.connector.findPublished(MastodonPublishTests.session(server.baseUrl()),
				OutboundPost.text(MastodonPublishTests.KEY, "Flu clinics open Saturday 9–1."), NOT_BEFORE);

		assertThat(found).map(PublishedPost::remoteId).contains("250");
		assertThat(found).map(PublishedPost::publishedAt).contains(Instant.parse("2026-11-24T10:15:00Z"));
		server.verify(getRequestedFor(urlEqualTo(FIRST_PAGE)).withHeader("Authorization",
				equalTo("Bearer " + MastodonPublishTests.TOKEN)));
	}

	@Test
	void stopsAtStatusesOlderThanTheFirstAttempt() {
		server.stubFor(get(FIRST_PAGE).willReturn(okJson("[" + status("300", "2026-11-24T10:13:59.999Z", null) + "]")
			.withHeader("Link", "<" + server.baseUrl() + FIRST_PAGE + "&max_id=300>; rel=\"next\"")));
		source("300", "Flu clinics open Saturday 9–1.");

		Optional<PublishedPost> found = this.connector.findPublished(MastodonPublishTests.session(server.baseUrl()),
				OutboundPost.text(MastodonPublishTests.KEY, "Flu clinics open Saturday 9–1."), NOT_BEFORE);

		assertThat(found).isEmpty();
		server.verify(0, getRequestedFor(urlEqualTo("/api/v1/statuses/300/source")));
		server.verify(0, getRequestedFor(urlEqualTo(FIRST_PAGE + "&max_id=300")));
	}

	@Test
	void aReplyMustAnswerTheSameParent() {
		server.stubFor(get(FIRST_PAGE).willReturn(okJson("[" + status("301", "2026-11-24T11:00:00.000Z", "77") + ","
				+ status("300", "2026-11-24T10:30:00.000Z", "88") + "]")));
		source("301", "Thanks!");
		source("300", "Thanks!");

		Optional<PublishedPost> found = this.connector.findPublished(MastodonPublishTests.session(server.baseUrl()),
				new OutboundPost(MastodonPublishTests.KEY, "Thanks!", List.of(), null, "88", null), NOT_BEFORE);

		assertThat(found).map(PublishedPost::remoteId).contains("300");
		server.verify(0, getRequestedFor(urlEqualTo("/api/v1/statuses/301/source")));
	}

	@Test
	void findsNothingWhenNoStatusMatches() {
		server.stubFor(get(FIRST_PAGE).willReturn(okJson("[" + status("300", "2026-11-24T11:00:00.000Z", null) + "]")));
		source("300", "Flu clinics open Sunday");

		assertThat(this.connector.findPublished(MastodonPublishTests.session(server.baseUrl()),
				OutboundPost.text(MastodonPublishTests.KEY, "Flu clinics open Saturday"), NOT_BEFORE))
			.isEmpty();
	}

	@Test
	void anEmptyTimelineFindsNothing() {
		server.stubFor(get(FIRST_PAGE)
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));

		assertThat(this.connector.findPublished(MastodonPublishTests.session(server.baseUrl()),
				OutboundPost.text(MastodonPublishTests.KEY, "Anything"), NOT_BEFORE))
			.isEmpty();
	}

}
