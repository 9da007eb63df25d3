package org.carecast.channels.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundItem;
import org.carecast.channels.internal.ChannelsProperties;
import org.carecast.channels.meta.MetaSignature;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meta's webhooks for Facebook Pages and Instagram (platform-apis.md, "Meta common"): the
 * verification handshake, and deliveries that are accepted only with a valid
 * {@code X-Hub-Signature-256} over the raw bytes. A valid delivery's items go to the
 * inbox ({@link org.carecast.channels.InboundItemsReceived}) for each connected account
 * they concern, all in one transaction. Meta sends deliveries more than once; the inbox's
 * upsert by remote id makes a replay harmless.
 */
@Service
public class MetaWebhooks {

	private final InboundProperties properties;

	private final ChannelsProperties channels;

	private final InboundDelivery delivery;

	private final TransactionTemplate transactions;

	private final MetaWebhookReader reader = new MetaWebhookReader();

	private final JsonMapper json = JsonMapper.builder().build();

	MetaWebhooks(InboundProperties properties, ChannelsProperties channels, InboundDelivery delivery,
			TransactionTemplate transactions) {
		this.properties = properties;
		this.channels = channels;
		this.delivery = delivery;
		this.transactions = transactions;
	}

	/**
	 * The challenge to echo when Meta's verification request carries the configured
	 * token; empty when it does not (or none is configured).
	 */
	public java.util.Optional<String> verify(@Nullable String mode, @Nullable String token,
			@Nullable String challenge) {
		String expected = this.properties.metaVerifyToken();
		if (!"subscribe".equals(mode)
				|| expected == null || expected.isBlank() || token == null || challenge == null || !MessageDigest
					.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))
				|| !challenge.matches("[A-Za-z0-9_-]{1,100}")) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(challenge);
	}

	/** Checks, reads and hands over one delivery. */
	public WebhookVerdict receive(byte[] rawBody, @Nullable String signature) {
		if (!signedByMeta(rawBody, signature)) {
			return WebhookVerdict.BAD_SIGNATURE;
		}
		JsonNode delivery;
		try {
			delivery = this.json.readTree(rawBody);
		}
		catch (JacksonException ex) {
			return WebhookVerdict.MALFORMED;
		}
		if (delivery == null || !delivery.isObject()) {
			return WebhookVerdict.MALFORMED;
		}
		Map<MetaWebhookReader.Receiver, List<InboundItem>> items = this.reader.read(delivery);
		this.transactions.executeWithoutResult((status) -> items.forEach(
				(receiver, found) -> this.delivery.deliver(receiver.network(), receiver.remoteAccountId(), found)));
		return WebhookVerdict.ACCEPTED;
	}

	private boolean signedByMeta(byte[] rawBody, @Nullable String signature) {
		if (signature == null) {
			return false;
		}
		for (String secret : secrets()) {
			if (new MetaSignature(secret.getBytes(StandardCharsets.UTF_8)).matches(rawBody, signature)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The app secrets a delivery may be signed with: the one configured for webhooks, and
	 * the Facebook and Instagram apps' own.
	 */
	private List<String> secrets() {
		List<String> secrets = new ArrayList<>();
		add(secrets, this.properties.metaAppSecret());
		add(secrets, this.channels.endpoint(ChannelNetwork.FACEBOOK).clientSecret());
		add(secrets, this.channels.endpoint(ChannelNetwork.INSTAGRAM).clientSecret());
		return secrets;
	}

	private static void add(List<String> secrets, @Nullable String secret) {
		if (secret != null && !secret.isBlank()) {
			secrets.add(secret);
		}
	}

}
