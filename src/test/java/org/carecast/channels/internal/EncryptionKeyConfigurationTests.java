package org.carecast.channels.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncryptionKeyConfigurationTests {

	private final EncryptionKeyConfiguration configuration = new EncryptionKeyConfiguration();

	@TempDir
	Path dir;

	@Test
	void withoutAKeyOutsideTheEmbeddedDatabaseCarecastRefusesToStart() {
		MockEnvironment postgres = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/carecast");
		assertThatThrownBy(() -> this.configuration.tokenCipher(properties(null, List.of()), postgres))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("carecast.channels.encryption-key")
			.hasMessageContaining("openssl rand -base64 32");
		assertThat(this.dir.resolve("channels.key")).doesNotExist();
	}

	@Test
	void theEmbeddedDatabaseGetsAGeneratedKeyReadableByItsOwnerOnlyAndKeepsIt() throws Exception {
		MockEnvironment h2 = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/x");
		TokenCipher first = this.configuration.tokenCipher(properties(null, List.of()), h2);
		Path file = this.dir.resolve("channels.key");
		assertThat(file).exists();
		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		TokenCipher second = this.configuration.tokenCipher(properties(null, List.of()), h2);
		assertThat(second.currentKeyId()).isEqualTo(first.currentKeyId());
		assertThat(second.decrypt(first.encrypt("token", "a"), "a")).isEqualTo("token");
	}

	@Test
	void demoModeOnPostgresAlsoGetsAGeneratedKey() {
		MockEnvironment demo = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
			.withProperty("carecast.demo.enabled", "true");
		assertThat(this.configuration.tokenCipher(properties(null, List.of()), demo)).isNotNull();
	}

	@Test
	void aConfiguredKeyWinsAndPreviousKeysStillDecrypt() {
		String current = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
		String previous = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
		MockEnvironment postgres = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://x");
		String old = this.configuration.tokenCipher(properties(previous, List.of()), postgres).encrypt("t", "a");
		TokenCipher rotated = this.configuration.tokenCipher(properties(current, List.of(previous)), postgres);
		assertThat(rotated.decrypt(old, "a")).isEqualTo("t");
		assertThat(this.dir.resolve("channels.key")).doesNotExist();
	}

	@Test
	void aMalformedKeyIsReportedWithoutRepeatingIt() {
		MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://x");
		String notBase64 = "this is my secret key!!";
		assertThatThrownBy(() -> this.configuration.tokenCipher(properties(notBase64, List.of()), env))
			.hasMessageContaining("not valid base64")
			.hasMessageNotContaining(notBase64);
		String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes(StandardCharsets.US_ASCII));
		assertThatThrownBy(() -> this.configuration.tokenCipher(properties(shortKey, List.of()), env))
			.hasMessageContaining("16 bytes")
			.hasMessageNotContaining(shortKey);
		assertThatThrownBy(() -> this.configuration.tokenCipher(properties(null, List.of(shortKey)),
				env.withProperty("carecast.demo.enabled", "true")))
			.hasMessageContaining("previous-keys[0]");
	}

	@Test
	void aDamagedKeyFileIsNotSilentlyReplaced() throws Exception {
		Files.writeString(this.dir.resolve("channels.key"), "garbage");
		MockEnvironment h2 = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
		assertThatThrownBy(() -> this.configuration.tokenCipher(properties(null, List.of()), h2))
			.hasMessageContaining("key file");
		assertThat(Files.readString(this.dir.resolve("channels.key"))).isEqualTo("garbage");
	}

	@Test
	void settingsNeverPrintTheirSecrets() {
		String key = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
		ChannelsProperties properties = new ChannelsProperties(key, List.of(key), null, null, null, null, null,
				new ChannelsProperties.NetworkSettings(null, "2", "x-client", "x-client-secret-value"), null, null,
				null, null, null);
		assertThat(properties.toString()).doesNotContain(key).contains("encryption key set");
		assertThat(properties.x().toString()).doesNotContain("x-client-secret-value").contains("secret set");
		assertThat(properties.endpoint(org.carecast.channels.ChannelNetwork.X).toString())
			.doesNotContain("x-client-secret-value");
		assertThat(properties.endpoint(org.carecast.channels.ChannelNetwork.X).baseUrl())
			.hasToString("https://api.x.com");
	}

	private ChannelsProperties properties(String key, List<String> previous) {
		return new ChannelsProperties(key, previous, this.dir.resolve("channels.key"), null, null, null, null, null,
				null, null, null, null, null);
	}

}
