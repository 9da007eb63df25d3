package org.carecast.channels.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.carecast.accounts.TestOrganizations;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.channels.InboundKind;
import org.carecast.channels.internal.ChannelAccountStore;
import org.carecast.channels.internal.StoredAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meta's webhook through real HTTP handling, security included: the verification
 * handshake, and deliveries that count only with the right signature over the raw bytes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
@RecordApplicationEvents
class MetaWebhookIntegrationTests {

	static final String SECRET = "test-meta-app-secret";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelAccountStore accounts;

	@Autowired
	ApplicationEvents events;

	String pageId;

	UUID organizationId;

	UUID accountId;

	@BeforeEach
	void connectedPage() {
		this.pageId = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
		this.organizationId = this.organizations.create().id();
		this.accountId = UUID.randomUUID();
		Instant now = Instant.now();
		this.accounts.insert(new StoredAccount(this.accountId, this.organizationId, ChannelNetwork.FACEBOOK,
				"City Clinic", this.pageId, ConnectedAccount.Status.CONNECTED, false,
				URI.create("https://graph.facebook.com"), "v25.0", "app", null, null, null, now, now, 0));
	}

	private String delivery(String text) {
		return """
				{ "object": "page",
				  "entry": [ { "id": "%s", "time": 1764000060,
				    "changes": [ { "field": "feed",
				      "value": { "item": "comment", "verb": "add", "post_id": "%s_9876543210", "comment_id": "9876543210_111222333",
				                 "parent_id": "%s_9876543210", "from": { "id": "5550001", "name": "Jane Doe" },
				                 "message": "%s", "created_time": 1764000055 } },
				      { "field": "feed", "value": { "item": "reaction", "verb": "add", "post_id": "%s_9876543210" } } ],
				    "messaging": [ { "sender": { "id": "6660001" }, "recipient": { "id": "%s" }, "timestamp": 1764000070000,
				      "message": { "mid": "m_abc", "text": "Is the clinic open?" } } ] } ] }
				"""
			.formatted(this.pageId, this.pageId, this.pageId, text, this.pageId, this.pageId);
	}

	static String sign(byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
	}

	private static MockHttpServletRequestBuilder deliver(byte[] body, String signature) {
		MockHttpServletRequestBuilder request = post("/webhooks/meta").contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return (signature != null) ? request.header("X-Hub-Signature-256", signature) : request;
	}

	private List<InboundItemsReceived> received() {
		return this.events.stream(InboundItemsReceived.class)
			.filter((event) -> event.accountId().equals(this.accountId))
			.toList();
	}

	@Test
	void theSignatureHelperMatchesTheDocumentedTestVector() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("app-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(HexFormat.of().formatHex(mac.doFinal("{\"object\":\"page\"}".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("ae958d6f00b134dd32b95a9a76bedaaeb068c0949769358355023f7d1a0c580b");
	}

	@Test
	void verificationEchoesTheChallengeOnlyForTheConfiguredToken() throws Exception {
		this.mvc
			.perform(get("/webhooks/meta").param("hub.mode", "subscribe")
				.param("hub.challenge", "1158201444")
				.param("hub.verify_token", "test-verify-token"))
			.andExpect(status().isOk())
			.andExpect(content().string("1158201444"));
		this.mvc
			.perform(get("/webhooks/meta").param("hub.mode", "subscribe")
				.param("hub.challenge", "1158201444")
				.param("hub.verify_token", "guess"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/webhooks/meta").param("hub.mode", "unsubscribe")
				.param("hub.challenge", "1")
				.param("hub.verify_token", "test-verify-token"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/webhooks/meta").param("hub.mode", "subscribe")
				.param("hub.challenge", "<script>alert(1)</script>")
				.param("hub.verify_token", "test-verify-token"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/webhooks/myspace")).andExpect(status().isNotFound());
	}

	@Test
	void aSignedDeliveryHandsCommentsAndMessagesToTheInboxOfTheConnectedPage() throws Exception {
		byte[] body = delivery("Do I need to book? 💉 ça va").getBytes(StandardCharsets.UTF_8);

		this.mvc.perform(deliver(body, sign(body))).andExpect(status().isOk());

		assertThat(received()).singleElement().satisfies((event) -> {
			assertThat(event.organizationId()).isEqualTo(this.organizationId);
			assertThat(event.network()).isEqualTo(ChannelNetwork.FACEBOOK);
			assertThat(event.items()).extracting(InboundItem::remoteId, InboundItem::kind)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("9876543210_111222333", InboundKind.COMMENT),
						org.assertj.core.groups.Tuple.tuple("m_abc", InboundKind.DIRECT_MESSAGE));
			InboundItem comment = event.items().get(0);
			assertThat(comment.text()).isEqualTo("Do I need to book? 💉 ça va");
			assertThat(comment.authorName()).isEqualTo("Jane Doe");
			assertThat(comment.createdAt()).isEqualTo(Instant.ofEpochSecond(1764000055));
			assertThat(comment.rootPostRemoteId()).isEqualTo(this.pageId + "_9876543210");
			assertThat(event.items().get(1).conversationId()).isEqualTo("6660001");
		});
	}

	@Test
	void aReplayIsAcceptedWithTheSameRemoteIdsSoTheInboxUpsertsIt() throws Exception {
		byte[] body = delivery("again").getBytes(StandardCharsets.UTF_8);

		this.mvc.perform(deliver(body, sign(body))).andExpect(status().isOk());
		this.mvc.perform(deliver(body, sign(body))).andExpect(status().isOk());

		assertThat(received()).hasSize(2);
		assertThat(received().get(0).items()).isEqualTo(received().get(1).items());
	}

	@Test
	void missingWrongOrForeignSignaturesAre401AndHandNothingOver() throws Exception {
		byte[] body = delivery("forged").getBytes(StandardCharsets.UTF_8);
		byte[] other = delivery("other").getBytes(StandardCharsets.UTF_8);

		this.mvc.perform(deliver(body, null))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("bad_signature"));
		this.mvc.perform(deliver(body, "sha256=" + "0".repeat(64))).andExpect(status().isUnauthorized());
		this.mvc.perform(deliver(body, sign(other))).andExpect(status().isUnauthorized());
		this.mvc.perform(deliver(body, sign(body).toUpperCase())).andExpect(status().isUnauthorized());
		this.mvc.perform(deliver(body, "")).andExpect(status().isUnauthorized());

		assertThat(received()).isEmpty();
	}

	@Test
	void hostileBodiesGetClearAnswersAndNoTrace() throws Exception {
		byte[] huge = new byte[1_000_001];
		java.util.Arrays.fill(huge, (byte) ' ');
		this.mvc.perform(deliver(huge, sign(huge)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("body_too_large"));

		byte[] malformed = "{\"object\":\"page\",\"entry\":[".getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(deliver(malformed, sign(malformed)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("malformed_body"))
			.andExpect(jsonPath("$.trace").doesNotExist());

		byte[] array = "[1,2]".getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(deliver(array, sign(array))).andExpect(status().isBadRequest());

		byte[] empty = new byte[0];
		this.mvc.perform(deliver(empty, sign(empty))).andExpect(status().isBadRequest());

		byte[] strange = ("{\"object\":\"page\",\"entry\":[{\"id\":\"' or 1=1 --\",\"changes\":[{\"field\":\"feed\","
				+ "\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"1_2\",\"message\":\"x\"}}]}]}")
			.getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(deliver(strange, sign(strange))).andExpect(status().isOk());

		this.mvc.perform(put("/webhooks/meta").content("{}")).andExpect(status().isForbidden());
		assertThat(received()).isEmpty();
	}

}
