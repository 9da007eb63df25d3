package org.carecast.channels.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.carecast.channels.ChannelCredentials;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCipherTests {

	static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

	static final String TOKEN = "mA5xZ1-secret-access-token";

	private final TokenCipher cipher = new TokenCipher(KEY, List.of());

	@Test
	void roundTripsAndHidesThePlaintext() {
		String sealed = this.cipher.encrypt(TOKEN, "account-1");
		assertThat(sealed).startsWith("v1." + TokenCipher.keyId(KEY) + ".").doesNotContain(TOKEN);
		assertThat(this.cipher.decrypt(sealed, "account-1")).isEqualTo(TOKEN);
	}

	@Test
	void everyValueGetsItsOwnNonce() {
		assertThat(this.cipher.encrypt(TOKEN, "a")).isNotEqualTo(this.cipher.encrypt(TOKEN, "a"));
	}

	@Test
	void aFlippedBitAnywhereIsRefusedWithoutRevealingContent() {
		String sealed = this.cipher.encrypt(TOKEN, "account-1");
		String prefix = sealed.substring(0, sealed.lastIndexOf('.') + 1);
		byte[] body = Base64.getUrlDecoder().decode(sealed.substring(prefix.length()));
		for (int i = 0; i < body.length; i++) {
			byte[] tampered = body.clone();
			tampered[i] ^= 0x01;
			String value = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
			assertThatThrownBy(() -> this.cipher.decrypt(value, "account-1"))
				.isInstanceOf(TokenCipher.TokenDecryptionException.class)
				.hasMessageNotContaining(TOKEN)
				.hasMessageNotContaining(value);
		}
	}

	@Test
	void aValueMovedToAnotherRecordDoesNotDecrypt() {
		String sealed = this.cipher.encrypt(TOKEN, "account-1");
		assertThatThrownBy(() -> this.cipher.decrypt(sealed, "account-2"))
			.isInstanceOf(TokenCipher.TokenDecryptionException.class)
			.hasMessageContaining("integrity check");
	}

	@Test
	void anUnknownKeyIsNamedByIdOnly() {
		String sealed = new TokenCipher(OTHER_KEY, List.of()).encrypt(TOKEN, "a");
		assertThatThrownBy(() -> this.cipher.decrypt(sealed, "a"))
			.isInstanceOf(TokenCipher.TokenDecryptionException.class)
			.hasMessageContaining(TokenCipher.keyId(OTHER_KEY))
			.hasMessageContaining("previous-keys")
			.hasMessageNotContaining(TOKEN)
			.hasMessageNotContaining(new String(OTHER_KEY, StandardCharsets.US_ASCII));
	}

	@Test
	void aKeyIdClaimedByADifferentKeyFailsTheIntegrityCheck() {
		String sealed = new TokenCipher(OTHER_KEY, List.of()).encrypt(TOKEN, "a");
		String forged = sealed.replace(TokenCipher.keyId(OTHER_KEY), TokenCipher.keyId(KEY));
		assertThatThrownBy(() -> this.cipher.decrypt(forged, "a"))
			.isInstanceOf(TokenCipher.TokenDecryptionException.class);
	}

	@Test
	void garbageIsRefusedPlainly() {
		for (String garbage : new String[] { "", "plain-token", "v1.abc", "v2.x.y",
				"v1." + this.cipher.currentKeyId() + ".!!!notbase64", "v1." + this.cipher.currentKeyId() + ".AAAA" }) {
			assertThatThrownBy(() -> this.cipher.decrypt(garbage, "a"))
				.isInstanceOf(TokenCipher.TokenDecryptionException.class);
		}
		assertThatThrownBy(() -> this.cipher.decrypt(null, "a"))
			.isInstanceOf(TokenCipher.TokenDecryptionException.class);
	}

	@Test
	void aPreviousKeyStillDecryptsAndAsksForReencryption() {
		String old = new TokenCipher(OTHER_KEY, List.of()).encrypt(TOKEN, "a");
		TokenCipher rotated = new TokenCipher(KEY, List.of(OTHER_KEY));
		assertThat(rotated.decrypt(old, "a")).isEqualTo(TOKEN);
		assertThat(rotated.needsReencryption(old)).isTrue();
		String fresh = rotated.encrypt(TOKEN, "a");
		assertThat(rotated.needsReencryption(fresh)).isFalse();
		assertThat(fresh).contains(TokenCipher.keyId(KEY));
	}

	@Test
	void onlyThirtyTwoByteKeysAreAccepted() {
		assertThatThrownBy(() -> new TokenCipher(new byte[16], List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TokenCipher(KEY, List.of(new byte[31])))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void credentialsSurviveTheVaultAndNeverShowTheirTokens() {
		CredentialsVault vault = new CredentialsVault(this.cipher);
		java.util.UUID id = java.util.UUID.randomUUID();
		ChannelCredentials credentials = new ChannelCredentials(TOKEN, "refresh-secret",
				java.time.Instant.parse("2026-05-01T10:00:00Z"), "did:plc:abc", "@clinic.bsky.social",
				Map.of("pds", "https://pds.example"));
		String sealed = vault.seal(credentials, id);
		assertThat(sealed).doesNotContain(TOKEN).doesNotContain("refresh-secret");
		assertThat(vault.open(sealed, id)).isEqualTo(credentials);
		assertThat(credentials.toString()).doesNotContain(TOKEN).doesNotContain("refresh-secret");
		ChannelCredentials withoutOptional = new ChannelCredentials(TOKEN, null, null, "1", "", Map.of());
		assertThat(vault.open(vault.seal(withoutOptional, id), id)).isEqualTo(withoutOptional);
		assertThatThrownBy(() -> vault.open(sealed, java.util.UUID.randomUUID()))
			.isInstanceOf(TokenCipher.TokenDecryptionException.class)
			.hasMessageNotContaining(TOKEN);
	}

}
