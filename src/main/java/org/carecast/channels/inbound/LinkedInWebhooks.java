package org.carecast.channels.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * LinkedIn's organization webhook (platform-apis.md §7.5): the challenge LinkedIn sends
 * at registration and every two hours, answered with the lowercase hex HMAC-SHA256 of the
 * code under the client secret, and deliveries accepted only with {@code X-LI-Signature}
 * = that HMAC over {@code "hmacsha256="} and the raw body, compared in constant time.
 * Without a configured secret both are refused.
 *
 * <p>
 * A notification names a comment or post but not its text, so a delivery stores nothing:
 * it is acknowledged (LinkedIn retries for eight hours otherwise) and the account's
 * mentions stream reads the same notifications, with their text, on its next poll.
 */
@Service
public class LinkedInWebhooks {

	static final String SIGNED_PREFIX = "hmacsha256=";

	private final InboundProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	LinkedInWebhooks(InboundProperties properties) {
		this.properties = properties;
	}

	/**
	 * The JSON answer to a challenge ({@code challengeCode}, {@code challengeResponse});
	 * empty when it cannot be answered.
	 */
	public Optional<Map<String, String>> challenge(@Nullable String challengeCode) {
		String secret = this.properties.linkedinClientSecret();
		if (secret == null || secret.isBlank() || challengeCode == null || challengeCode.isEmpty()
				|| challengeCode.length() > 200) {
			return Optional.empty();
		}
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("challengeCode", challengeCode);
		answer.put("challengeResponse", sign(secret, challengeCode.getBytes(StandardCharsets.UTF_8)));
		return Optional.of(answer);
	}

	public WebhookVerdict receive(byte[] rawBody, @Nullable String signature) {
		String secret = this.properties.linkedinClientSecret();
		if (secret == null || secret.isBlank() || signature == null) {
			return WebhookVerdict.BAD_SIGNATURE;
		}
		byte[] prefix = SIGNED_PREFIX.getBytes(StandardCharsets.US_ASCII);
		byte[] signed = new byte[prefix.length + rawBody.length];
		System.arraycopy(prefix, 0, signed, 0, prefix.length);
		System.arraycopy(rawBody, 0, signed, prefix.length, rawBody.length);
		if (!MessageDigest.isEqual(sign(secret, signed).getBytes(StandardCharsets.US_ASCII),
				signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
			return WebhookVerdict.BAD_SIGNATURE;
		}
		JsonNode body;
		try {
			body = this.json.readTree(rawBody);
		}
		catch (JacksonException ex) {
			return WebhookVerdict.MALFORMED;
		}
		return (body != null && body.isObject()) ? WebhookVerdict.ACCEPTED : WebhookVerdict.MALFORMED;
	}

	static String sign(String secret, byte[] message) {
		return HexFormat.of().formatHex(HmacSha256.of(secret, message));
	}

}
