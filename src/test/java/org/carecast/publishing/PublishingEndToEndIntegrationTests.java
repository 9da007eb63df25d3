package org.carecast.publishing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.internal.AccountLinker;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One post from the composer to four networks, with nothing replaced: the real services,
 * the real db-scheduler on the test database, the real {@link ChannelPublisher} and the
 * real Mastodon, Bluesky and X connectors talking HTTP to WireMock servers that answer as
 * platform-apis.md §1.2, §2.2 and §3.2 document, plus the built-in sandbox network.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ChannelTestAccounts.class })
class PublishingEndToEndIntegrationTests {

	@RegisterExtension
	static WireMockExtension mastodon = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension bluesky = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String TEXT = "Flu shots every weekday at the Main Street clinic, 9 to 5. No appointment needed.";

	static final String MASTODON_TOKEN = "mastodon-e2e-token-5c1d";

	static final String MASTODON_ID = "113507234987654321";

	static final String BLUESKY_JWT = "eyJ-bluesky-e2e-access";

	static final String DID = "did:plc:u5cwb2mwiv2bfq53cjufe6yn";

	static final String BLUESKY_CID = "bafyreibjifzpqj6o6wcq3hejh7y4z4z2vmiklkvykc57tw3pcbx3kxifpm";

	static final String X_TOKEN = "x-e2e-access-token-9a7b";

	static final String X_ID = "1861234567890123456";

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelTestAccounts sandbox;

	@Autowired
	AccountLinker linker;

	@Autowired
	Posts posts;

	@Autowired
	PostReview review;

	@Autowired
	PostGuardrail guardrail;

	@Autowired
	JdbcClient jdbc;

	TestOrganization clinic;

	Actor author;

	Actor reviewer;

	@BeforeEach
	void networksAnswerAsDocumented() {
		this.clinic = this.organizations.create();
		this.author = this.clinic.person(Role.AUTHOR).actor();
		this.reviewer = this.clinic.person(Role.REVIEWER).actor();
		mastodon.stubFor(post("/api/v1/statuses").willReturn(okJson("""
				{ "id": "%s", "created_at": "2026-11-24T10:15:00.000Z", "in_reply_to_id": null, "visibility": "public",
				  "uri": "https://social.example/users/cityclinic/statuses/%s",
				  "url": "https://social.example/@cityclinic/%s",
				  "content": "<p>Flu shots</p>", "replies_count": 0, "reblogs_count": 0, "favourites_count": 0,
				  "account": { "id": "109876", "username": "cityclinic", "acct": "cityclinic" },
				  "media_attachments": [], "mentions": [], "tags": [] }
				""".formatted(MASTODON_ID, MASTODON_ID, MASTODON_ID))));
		bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(okJson("""
				{ "uri": "at://%s/app.bsky.feed.post/{{jsonPath request.body '$.rkey'}}", "cid": "%s",
				  "commit": { "cid": "bafyreih3xd", "rev": "3mh2k7xr4q22b" }, "validationStatus": "valid" }
				""".formatted(DID, BLUESKY_CID)).withTransformers("response-template")));
		x.stubFor(post("/2/tweets")
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
					{ "data": { "id": "%s", "text": "%s", "edit_history_tweet_ids": ["%s"] } }
					""".formatted(X_ID, TEXT, X_ID))));
	}

	@Test
	void aComposedPostIsReviewedScheduledAndPublishedOncePerNetworkWithItsRemoteIdsStored() {
		Actor admin = this.clinic.admin().actor();
		UUID mastodonAccount = link(admin, ChannelNetwork.MASTODON, mastodon.baseUrl(), "",
				new ChannelCredentials(MASTODON_TOKEN, null, null, "109876", "@cityclinic@social.example",
						Map.of("instance", "social.example")));
		UUID blueskyAccount = link(admin, ChannelNetwork.BLUESKY, bluesky.baseUrl(), "", new ChannelCredentials(
				BLUESKY_JWT, "eyJ-bluesky-e2e-refresh", null, DID, "cityclinic.bsky.social", Map.of()));
		UUID xAccount = link(admin, ChannelNetwork.X, x.baseUrl(), "2", new ChannelCredentials(X_TOKEN, "x-e2e-refresh",
				Instant.now().plus(Duration.ofHours(2)), "2244994945", "cityclinic", Map.of()));
		UUID sandboxAccount = this.sandbox.connectSandboxId(admin);

		Post draft = this.posts.create(this.author,
				PostDraft.of(TEXT, null, mastodonAccount, blueskyAccount, xAccount, sandboxAccount));
		List<VariantCheck> checks = this.guardrail.check(draft);
		assertThat(checks).hasSize(4).allSatisfy((check) -> assertThat(check.report().blocks()).isFalse());
		assertThat(PostGuardrail.blocks(checks)).isFalse();

		Post submitted = this.review.submit(this.author, draft.id(), draft.version());
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.review.approve(this.author, draft.id(), submitted.version(), null));
		Post approved = this.review.approve(this.reviewer, draft.id(), submitted.version(), null);
		Instant sendAt = Instant.now().plusSeconds(3);
		Post scheduled = this.review.schedule(this.reviewer, draft.id(), approved.version(), sendAt);
		assertThat(scheduled.state()).isEqualTo(PostState.SCHEDULED);
		assertThat(publishRequests()).as("nothing goes out before its time").allMatch((count) -> count == 0);

		PublishingFixture.await(Duration.ofSeconds(15),
				() -> this.posts.get(this.author, draft.id()).state() == PostState.PUBLISHED);

		Map<ChannelNetwork, Delivery> deliveries = this.posts.deliveries(this.author, draft.id())
			.stream()
			.collect(Collectors.toMap(Delivery::network, Function.identity()));
		assertThat(deliveries).hasSize(4);
		assertThat(deliveries.values()).allSatisfy((d) -> {
			assertThat(d.state()).isEqualTo(Delivery.State.PUBLISHED);
			assertThat(d.attempts()).isEqualTo(1);
			assertThat(d.lastError()).isNull();
			assertThat(d.publishedAt()).isNotNull();
			assertThat(d.firstAttemptAt()).isAfterOrEqualTo(sendAt.minusMillis(1));
		});
		assertThat(deliveries.values()).extracting(Delivery::idempotencyKey).doesNotHaveDuplicates();

		Delivery toMastodon = deliveries.get(ChannelNetwork.MASTODON);
		assertThat(toMastodon.remoteId()).isEqualTo(MASTODON_ID);
		assertThat(toMastodon.remoteUrl()).isEqualTo("https://social.example/@cityclinic/" + MASTODON_ID);
		mastodon.verify(1,
				postRequestedFor(urlEqualTo("/api/v1/statuses"))
					.withHeader("Authorization", equalTo("Bearer " + MASTODON_TOKEN))
					.withHeader("Idempotency-Key", equalTo(toMastodon.idempotencyKey().toString()))
					.withRequestBody(equalToJson("{\"status\": \"" + TEXT + "\", \"visibility\": \"public\"}")));

		Delivery toBluesky = deliveries.get(ChannelNetwork.BLUESKY);
		String rkey = toBluesky.remoteId().substring(toBluesky.remoteId().lastIndexOf('/') + 1);
		assertThat(toBluesky.remoteId()).isEqualTo("at://" + DID + "/app.bsky.feed.post/" + rkey);
		assertThat(toBluesky.remoteUrl()).isEqualTo("https://bsky.app/profile/cityclinic.bsky.social/post/" + rkey);
		bluesky.verify(1,
				postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
					.withHeader("Authorization", equalTo("Bearer " + BLUESKY_JWT))
					.withRequestBody(matchingJsonPath("$.repo", equalTo(DID)))
					.withRequestBody(matchingJsonPath("$.collection", equalTo("app.bsky.feed.post")))
					.withRequestBody(matchingJsonPath("$.rkey", equalTo(rkey)))
					.withRequestBody(matchingJsonPath("$.record.text", equalTo(TEXT))));

		Delivery toX = deliveries.get(ChannelNetwork.X);
		assertThat(toX.remoteId()).isEqualTo(X_ID);
		assertThat(toX.remoteUrl()).isEqualTo("https://x.com/cityclinic/status/" + X_ID);
		x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withHeader("Authorization", equalTo("Bearer " + X_TOKEN))
			.withRequestBody(equalToJson("{\"text\": \"" + TEXT + "\"}")));

		Delivery toSandbox = deliveries.get(ChannelNetwork.SANDBOX);
		Map<String, Object> sandboxPost = this.jdbc
			.sql("select remote_id, body from sandbox_post where idempotency_key = ?")
			.param(toSandbox.idempotencyKey())
			.query()
			.singleRow();
		assertThat(sandboxPost).containsEntry("remote_id", toSandbox.remoteId()).containsEntry("body", TEXT);
		assertThat(toSandbox.remoteUrl()).isNotBlank();

		// Every request each network saw was that one publish call.
		assertThat(publishRequests()).containsExactly(1, 1, 1);
		List<String> actions = actions(draft.id());
		assertThat(actions).containsSubsequence("post.created", "post.submitted", "post.approved", "post.scheduled",
				"post.publishing", "delivery.published", "post.published");
		assertThat(actions).filteredOn("delivery.published"::equals).hasSize(4);
		assertThat(actions).filteredOn("post.published"::equals).hasSize(1);
		assertThat(actions).doesNotContain("delivery.retry_scheduled", "post.failed");
		assertThat(actorOf(draft.id(), "post.approved")).isEqualTo(this.reviewer.displayName());
		assertThat(actorOf(draft.id(), "post.published")).isEqualTo("system");
		assertThat(auditText(draft.id())).doesNotContain(TEXT, MASTODON_TOKEN, BLUESKY_JWT, X_TOKEN);
	}

	private UUID link(Actor admin, ChannelNetwork network, String baseUrl, String version,
			ChannelCredentials credentials) {
		// What the OAuth callback (or Bluesky's sign-in) stores once the network granted
		// access, with the API base moved to the stub.
		return this.linker
			.link(this.clinic.id(), admin, admin.displayName(), network,
					new ChannelEndpoint(URI.create(baseUrl), version, "carecast-e2e", "e2e-client-secret"), credentials)
			.id();
	}

	private List<Integer> publishRequests() {
		return List.of(count(mastodon, anyRequestedFor(anyUrl())), count(bluesky, anyRequestedFor(anyUrl())),
				count(x, anyRequestedFor(anyUrl())));
	}

	private static int count(WireMockExtension server, RequestPatternBuilder pattern) {
		return server.findAll(pattern).size();
	}

	private List<String> actions(UUID postId) {
		return this.jdbc.sql("select action from audit_event where resource_id = ? order by seq")
			.param(postId.toString())
			.query(String.class)
			.list();
	}

	private String actorOf(UUID postId, String action) {
		return this.jdbc.sql("select actor_name from audit_event where resource_id = ? and action = ?")
			.params(postId.toString(), action)
			.query(String.class)
			.single();
	}

	private String auditText(UUID postId) {
		return String.join("\n",
				this.jdbc.sql("select summary from audit_event where resource_id = ?")
					.param(postId.toString())
					.query(String.class)
					.list());
	}

}
