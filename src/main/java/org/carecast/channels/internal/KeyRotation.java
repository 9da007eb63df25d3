package org.carecast.channels.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored secret that an older key sealed, so a previous key can be
 * dropped from the settings after one start. Runs on start whenever previous keys are
 * configured; accounts are also re-encrypted whenever they are used.
 */
@Component
public class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final ChannelAccountStore accounts;

	private final ServerRegistrations registrations;

	private final CredentialsVault vault;

	private final ChannelsProperties properties;

	private final TransactionTemplate transactions;

	KeyRotation(ChannelAccountStore accounts, ServerRegistrations registrations, CredentialsVault vault,
			ChannelsProperties properties, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.registrations = registrations;
		this.vault = vault;
		this.properties = properties;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (!this.properties.previousKeys().isEmpty()) {
			int count = reencryptAll();
			log.info("Re-encrypted the secrets of {} channel records with the current key", count);
		}
	}

	/**
	 * @return how many records were rewritten
	 */
	public int reencryptAll() {
		int count = 0;
		for (StoredAccount account : this.accounts.sealedWithOtherKeys(this.vault.currentKeyId())) {
			try {
				Boolean done = this.transactions.execute((status) -> this.accounts.update(resealed(account)));
				count += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (TokenCipher.TokenDecryptionException ex) {
				log.warn("Channel account {} could not be re-encrypted: {}", account.id(), ex.getMessage());
			}
		}
		return count + this.registrations.reencryptAll();
	}

	private StoredAccount resealed(StoredAccount a) {
		String secret = (a.sealedClientSecret() != null) ? this.vault.sealSecret(
				this.vault.openSecret(a.sealedClientSecret(), "client-secret", a.id()), "client-secret", a.id()) : null;
		String credentials = (a.sealedCredentials() != null)
				? this.vault.seal(this.vault.open(a.sealedCredentials(), a.id()), a.id()) : null;
		return a.withSealed(secret, credentials, a.updatedAt());
	}

}
