package org.carecast.channels.web;

import java.nio.charset.StandardCharsets;

import org.carecast.channels.InboundItemsReceived;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
 * LinkedIn's organization webhook through real HTTP handling (platform-apis.md §7.5): the
 * challenge answer, and deliveries taken only with a valid {@code X-LI-Signature}. The
 * expected values were computed outside Carecast (Python's {@code hmac}) with the test
 * secret {@code test-linkedin-client-secret}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class LinkedInWebhookIntegrationTests {

	static final String CODE = "3f1c6a2e-7b4d-4b8e-9a51-2f0d9c7e8a10";

	static final String BODY = "{\"type\":\"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS\",\"notifications\":[]}";

	/** Lowercase hex HMAC-SHA256 of {@code "hmacsha256=" + BODY}. */
	static final String BODY_SIGNATURE = "7c0f276a005710910e1c9bd2dc6e518e2551db1a85f8b902e94fec7deeeaea7c";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@Test
	void theChallengeIsAnsweredWithTheHexHmacOfItsCode() throws Exception {
		this.mvc.perform(get("/webhooks/linkedin").param("challengeCode", CODE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.challengeCode").value(CODE))
			.andExpect(jsonPath("$.challengeResponse")
				.value("8dbc369687057c8fab3dfef4b23682de2cd8b495ef3ecd5f6c2e7850c51e7104"));
		this.mvc.perform(get("/webhooks/linkedin")).andExpect(status().isForbidden());
		this.mvc.perform(get("/webhooks/linkedin").param("challengeCode", "x".repeat(201)))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyASignatureOverThePrefixAndTheRawBodyIsAccepted() throws Exception {
		byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(post("/webhooks/linkedin").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("bad_signature"));
		// The HMAC of the body alone, without the "hmacsha256=" prefix.
		this.mvc
			.perform(post("/webhooks/linkedin").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("X-LI-Signature", "995b849f4abf72f268e6eed5b844bfb6279b55e498bb6cf083eb9bf432a54b3f"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/webhooks/linkedin").contentType(MediaType.APPLICATION_JSON)
				.content((BODY + " ").getBytes(StandardCharsets.UTF_8))
				.header("X-LI-Signature", BODY_SIGNATURE))
			.andExpect(status().isUnauthorized());

		this.mvc
			.perform(post("/webhooks/linkedin").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("X-LI-Signature", BODY_SIGNATURE))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/webhooks/linkedin").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("X-LI-Signature", BODY_SIGNATURE.toUpperCase(java.util.Locale.ROOT)))
			.andExpect(status().isOk());
		// Notifications carry no text: nothing is stored; the mentions stream reads them.
		assertThat(this.events.stream(InboundItemsReceived.class)).isEmpty();
	}

	@Test
	void aSignedBodyThatIsNotAJsonObjectIsRefusedPlainly() throws Exception {
		this.mvc
			.perform(post("/webhooks/linkedin").contentType(MediaType.APPLICATION_JSON)
				.content("not json")
				.header("X-LI-Signature", "0940d13c8e43e6fb8df04f761fa2db39d2f1b5f2463b464168549e3a372fe1e8"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("malformed_body"));
	}

}
