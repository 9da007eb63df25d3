package org.carecast.channels.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import org.carecast.channels.ChannelNetwork;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * X's Account Activity webhook (platform-apis.md §3.5): the CRC check, answered with
 * {@code sha256=<base64 HMAC-SHA256(consumer secret, crc_token)>}, and deliveries
 * accepted only with {@code x-twitter-webhooks-signature} over the raw body, compared in
 * constant time. Without a configured consumer secret both are refused.
 */
@Service
public class XWebhooks {

	private final InboundProperties properties;

	private final InboundDelivery delivery;

	private final TransactionTemplate transactions;

	private final XWebhookReader reader = new XWebhookReader();

	private final JsonMapper json = JsonMapper.builder().build();

	XWebhooks(InboundProperties properties, InboundDelivery delivery, TransactionTemplate transactions) {
		this.properties = properties;
		this.delivery = delivery;
		this.transactions = transactions;
	}

	/** The {@code response_token} for a CRC request; empty when it cannot be answered. */
	public Optional<String> crc(@Nullable String crcToken) {
		String secret = this.properties.xConsumerSecret();
		if (secret == null || secret.isBlank() || crcToken == null || crcToken.isEmpty() || crcToken.length() > 500) {
			return Optional.empty();
		}
		return Optional.of(sign(secret, crcToken.getBytes(StandardCharsets.UTF_8)));
	}

	public WebhookVerdict receive(byte[] rawBody, @Nullable String signature) {
		String secret = this.properties.xConsumerSecret();
		if (secret == null || secret.isBlank() || signature == null
				|| !MessageDigest.isEqual(sign(secret, rawBody).getBytes(StandardCharsets.US_ASCII),
						signature.trim().getBytes(StandardCharsets.US_ASCII))) {
			return WebhookVerdict.BAD_SIGNATURE;
		}
		JsonNode body;
		try {
			body = this.json.readTree(rawBody);
		}
		catch (JacksonException ex) {
			return WebhookVerdict.MALFORMED;
		}
		if (body == null || !body.isObject()) {
			return WebhookVerdict.MALFORMED;
		}
		String forUser = body.path("for_user_id").asString("");
		if (forUser.matches("\\d{1,19}")) {
			this.transactions.executeWithoutResult(
					(status) -> this.delivery.deliver(ChannelNetwork.X, forUser, this.reader.read(body, forUser)));
		}
		return WebhookVerdict.ACCEPTED;
	}

	static String sign(String secret, byte[] message) {
		return "sha256=" + Base64.getEncoder().encodeToString(HmacSha256.of(secret, message));
	}

}
