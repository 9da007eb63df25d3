package org.carecast.channels.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * X's Account Activity webhook through real HTTP handling: the CRC answer and signed
 * deliveries of replies, mentions and direct messages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
@RecordApplicationEvents
class XWebhookIntegrationTests {

	static final String SECRET = "test-x-consumer-secret";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelAccountStore accounts;

	@Autowired
	ApplicationEvents events;

	String userId;

	UUID accountId;

	@BeforeEach
	void connectedXAccount() {
		this.userId = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
		this.accountId = UUID.randomUUID();
		Instant now = Instant.now();
		this.accounts.insert(new StoredAccount(this.accountId, this.organizations.create().id(), ChannelNetwork.X,
				"cityclinic", this.userId, ConnectedAccount.Status.CONNECTED, false, URI.create("https://api.x.com"),
				"2", "client", null, null, null, now, now, 0));
	}

	static String sign(String key, byte[] message) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + Base64.getEncoder().encodeToString(mac.doFinal(message));
	}

	private List<InboundItem> received() {
		return this.events.stream(InboundItemsReceived.class)
			.filter((event) -> event.accountId().equals(this.accountId))
			.flatMap((event) -> event.items().stream())
			.toList();
	}

	@Test
	void crcIsAnsweredWithTheConsumerSecretsSignature() throws Exception {
		assertThat(sign("consumer-secret", "challenge_string".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256=S/mG8E9n5SjoGuCqHguvP8K8uuu5ogCPF0dOpIdyZlk=");
		this.mvc.perform(get("/webhooks/x").param("crc_token", "challenge_string"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.response_token")
				.value(sign(SECRET, "challenge_string".getBytes(StandardCharsets.UTF_8))));
		this.mvc.perform(get("/webhooks/x")).andExpect(status().isForbidden());
	}

	@Test
	void signedDeliveriesReachTheInboxAndForgedOnesDoNot() throws Exception {
		String json = """
				{ "for_user_id": "%s",
				  "tweet_create_events": [
				    { "id_str": "1861240000000000001", "text": "@cityclinic do I need to book?",
				      "created_at": "Tue Nov 24 10:41:00 +0000 2026", "in_reply_to_status_id_str": "1861234567890123456",
				      "in_reply_to_user_id_str": "%s", "user": { "id_str": "1111", "screen_name": "jane_doe", "name": "Jane" } },
				    { "id_str": "1861240000000000002", "text": "our own reply", "created_at": "Tue Nov 24 10:42:00 +0000 2026",
				      "user": { "id_str": "%s", "screen_name": "cityclinic" } } ],
				  "direct_message_events": [
				    { "type": "message_create", "id": "1861240000000000009", "created_timestamp": "1764000070000",
				      "message_create": { "sender_id": "2222", "target": { "recipient_id": "%s" },
				        "message_data": { "text": "Is the clinic open?" } } } ] }
				"""
			.formatted(this.userId, this.userId, this.userId, this.userId);
		byte[] body = json.getBytes(StandardCharsets.UTF_8);

		this.mvc
			.perform(post("/webhooks/x").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("x-twitter-webhooks-signature", sign(SECRET, "{}".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/webhooks/x").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		assertThat(received()).isEmpty();

		this.mvc
			.perform(post("/webhooks/x").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("x-twitter-webhooks-signature", sign(SECRET, body)))
			.andExpect(status().isOk());

		assertThat(received()).extracting(InboundItem::remoteId, InboundItem::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1861240000000000001", InboundKind.COMMENT),
					org.assertj.core.groups.Tuple.tuple("1861240000000000009", InboundKind.DIRECT_MESSAGE));
		assertThat(received().get(0).createdAt()).isEqualTo(Instant.parse("2026-11-24T10:41:00Z"));
		assertThat(received().get(1).conversationId()).isEqualTo("2222");
	}

}
