package org.carecast.channels.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.accounts.TestOrganizations;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ConnectedAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotating the token key: values sealed with a previous key are still read, and are
 * rewritten under the current key on use and by the sweep, after which the previous key
 * is no longer needed.
 */
@SpringBootTest(properties = "carecast.channels.previous-keys=YW4tb2xkZXIta2V5LWZvci1yb3RhdGlvbi10ZXN0cyE=")
@Import(TestOrganizations.class)
class KeyRotationIntegrationTests {

	static final byte[] OLD_KEY = "an-older-key-for-rotation-tests!".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelAccountStore store;

	@Autowired
	AccountSessions sessions;

	@Autowired
	KeyRotation rotation;

	@Autowired
	CredentialsVault vault;

	private final CredentialsVault oldVault = new CredentialsVault(new TokenCipher(OLD_KEY, List.of()));

	@Test
	void theSweepRewritesEverySecretSealedWithThePreviousKey() {
		StoredAccount account = storedWithOldKey();
		assertThat(this.rotation.reencryptAll()).isGreaterThanOrEqualTo(1);
		StoredAccount after = this.store.find(account.organizationId(), account.id()).orElseThrow();
		assertThat(after.sealedCredentials()).startsWith("v1." + this.vault.currentKeyId() + ".");
		assertThat(after.sealedClientSecret()).startsWith("v1." + this.vault.currentKeyId() + ".");
		assertThat(new CredentialsVault(new TokenCipher(keyOfThisInstallation(), List.of()))
			.open(after.sealedCredentials(), after.id())
			.accessToken()).isEqualTo("old-sealed-token");
		assertThat(this.store.sealedWithOtherKeys(this.vault.currentKeyId())).isEmpty();
	}

	@Test
	void usingAnAccountRewritesItsSecrets() {
		StoredAccount account = storedWithOldKey();
		AccountSessions.Opened opened = this.sessions.open(account);
		assertThat(opened.session().accessToken()).isEqualTo("old-sealed-token");
		assertThat(opened.session().endpoint().clientSecret()).isEqualTo("old-app-secret");
		StoredAccount after = this.store.find(account.organizationId(), account.id()).orElseThrow();
		assertThat(this.vault.needsReencryption(after.sealedCredentials())).isFalse();
		assertThat(this.vault.needsReencryption(after.sealedClientSecret())).isFalse();
		assertThat(after.version()).isEqualTo(account.version() + 1);
	}

	private StoredAccount storedWithOldKey() {
		UUID org = this.organizations.create().id();
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		StoredAccount account = new StoredAccount(id, org, ChannelNetwork.MASTODON, "@clinic@social.example",
				"remote-" + id, ConnectedAccount.Status.CONNECTED, true, URI.create("https://social.example"), "",
				"client", this.oldVault.sealSecret("old-app-secret", "client-secret", id),
				this.oldVault.seal(
						new ChannelCredentials("old-sealed-token", null, null, "remote-" + id, "@clinic", Map.of()),
						id),
				null, now, now, 0);
		this.store.insert(account);
		return account;
	}

	private static byte[] keyOfThisInstallation() {
		return java.util.Base64.getDecoder().decode("dGVzdC1vbmx5LWtleS1mb3ItY2FyZWNhc3QtdGVzdHM=");
	}

}
