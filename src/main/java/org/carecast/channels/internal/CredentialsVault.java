package org.carecast.channels.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.carecast.channels.ChannelCredentials;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns credentials and client secrets into encrypted strings for the database and back.
 * Each value is bound to the row it belongs to, so it cannot be moved to another.
 */
@Component
public final class CredentialsVault {

	private final TokenCipher cipher;

	private final JsonMapper json = JsonMapper.builder().build();

	CredentialsVault(TokenCipher cipher) {
		this.cipher = cipher;
	}

	public String seal(ChannelCredentials credentials, UUID accountId) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("accessToken", credentials.accessToken());
		fields.put("refreshToken", credentials.refreshToken());
		fields.put("expiresAt", (credentials.expiresAt() != null) ? credentials.expiresAt().toString() : null);
		fields.put("accountId", credentials.accountId());
		fields.put("handle", credentials.handle());
		fields.put("extra", credentials.extra());
		return this.cipher.encrypt(this.json.writeValueAsString(fields), context("credentials", accountId));
	}

	public ChannelCredentials open(String sealed, UUID accountId) {
		String plain = this.cipher.decrypt(sealed, context("credentials", accountId));
		try {
			JsonNode node = this.json.readTree(plain);
			Map<String, String> extra = new LinkedHashMap<>();
			node.path("extra").properties().forEach((e) -> extra.put(e.getKey(), e.getValue().asString()));
			return new ChannelCredentials(node.path("accessToken").asString(), text(node, "refreshToken"),
					(text(node, "expiresAt") != null) ? Instant.parse(text(node, "expiresAt")) : null,
					node.path("accountId").asString(), node.path("handle").asString(), extra);
		}
		catch (JacksonException | java.time.format.DateTimeParseException ex) {
			throw new TokenCipher.TokenDecryptionException("Stored credentials decrypted but could not be read.");
		}
	}

	/** A client secret (or a PKCE verifier) bound to what it belongs to. */
	public String sealSecret(String secret, String purpose, Object owner) {
		return this.cipher.encrypt(secret, context(purpose, owner));
	}

	public String openSecret(String sealed, String purpose, Object owner) {
		return this.cipher.decrypt(sealed, context(purpose, owner));
	}

	public String currentKeyId() {
		return this.cipher.currentKeyId();
	}

	public boolean needsReencryption(String sealed) {
		return this.cipher.needsReencryption(sealed);
	}

	private static String context(String purpose, Object owner) {
		return "carecast/channels/" + purpose + "/" + owner;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isNull() || value.isMissingNode()) ? null : value.asString();
	}

}
