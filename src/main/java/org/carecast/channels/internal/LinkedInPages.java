package org.carecast.channels.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.linkedin.LinkedInConnector;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which LinkedIn Page (organization) a connected LinkedIn account posts and reads as. The
 * choice is kept in the account's encrypted credentials under
 * {@link LinkedInConnector#ORGANIZATION_URN}, where the connector reads it; the sign-in
 * cannot learn it, because LinkedIn names the member, not the Pages they administer.
 */
@Service
public class LinkedInPages {

	private static final String PREFIX = "urn:li:organization:";

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

	private static final Pattern URN = Pattern.compile("urn:li:organization:[0-9]{1,20}");

	private final ChannelAccountStore store;

	private final CredentialsVault vault;

	private final AuditTrail auditTrail;

	private final Clock clock;

	LinkedInPages(ChannelAccountStore store, CredentialsVault vault, AuditTrail auditTrail, Clock clock) {
		this.store = store;
		this.vault = vault;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** Input that is not a Page's organization id; its message quotes nothing of it. */
	public static final class NotAPageException extends InvalidInputException {

		NotAPageException() {
			super("Enter the Page's organization id: the digits in linkedin.com/company/<id>/admin (at most 20), "
					+ "or urn:li:organization:<id>. Leave it empty to post as the member again.");
		}

	}

	/**
	 * The organization URN that {@code input} names, or null when it is empty.
	 * @throws NotAPageException when it is neither digits nor an organization URN
	 */
	public static @Nullable String organizationUrn(@Nullable String input) {
		String value = (input != null) ? input.strip() : "";
		if (value.isEmpty()) {
			return null;
		}
		if (DIGITS.matcher(value).matches()) {
			return PREFIX + value;
		}
		if (URN.matcher(value).matches()) {
			return value;
		}
		throw new NotAPageException();
	}

	/** The Page each of the organization's LinkedIn accounts acts as, by account id. */
	@Transactional(readOnly = true)
	public Map<UUID, String> pages(UUID organizationId) {
		Map<UUID, String> pages = new HashMap<>();
		for (StoredAccount account : this.store.list(organizationId)) {
			if (account.network() != ChannelNetwork.LINKEDIN || account.sealedCredentials() == null) {
				continue;
			}
			try {
				String urn = this.vault.open(account.sealedCredentials(), account.id())
					.extra()
					.get(LinkedInConnector.ORGANIZATION_URN);
				if (urn != null) {
					pages.put(account.id(), urn);
				}
			}
			catch (TokenCipher.TokenDecryptionException ex) {
				// The page still lists the account; its status tells the administrator
				// more.
			}
		}
		return pages;
	}

	/**
	 * Sets (or, with empty input, clears) the Page the account acts as, and audits it.
	 * @return the organization URN now stored, or null when cleared
	 * @throws ResourceNotFoundException when the account is not the actor's
	 * organization's
	 * @throws NotAPageException when the input names no organization
	 * @throws InvalidInputException when the account is not a connected LinkedIn account
	 */
	@Transactional
	public @Nullable String choose(Actor actor, UUID accountId, @Nullable String input) {
		StoredAccount account = this.store.lock(actor.organizationId(), accountId)
			.orElseThrow(() -> new ResourceNotFoundException("Channel account"));
		if (account.network() != ChannelNetwork.LINKEDIN) {
			throw new InvalidInputException("Only a LinkedIn account can post and read as a LinkedIn Page.");
		}
		if (account.status() == ConnectedAccount.Status.DISCONNECTED || account.sealedCredentials() == null) {
			throw new InvalidInputException("Connect the LinkedIn account again before choosing its Page.");
		}
		String urn = organizationUrn(input);
		ChannelCredentials current = this.vault.open(account.sealedCredentials(), account.id());
		Map<String, String> extra = new HashMap<>(current.extra());
		if (urn != null) {
			extra.put(LinkedInConnector.ORGANIZATION_URN, urn);
		}
		else {
			extra.remove(LinkedInConnector.ORGANIZATION_URN);
		}
		ChannelCredentials changed = new ChannelCredentials(current.accessToken(), current.refreshToken(),
				current.expiresAt(), current.accountId(), current.handle(), extra);
		StoredAccount updated = account.withSealed(account.sealedClientSecret(), this.vault.seal(changed, account.id()),
				this.clock.instant());
		if (!this.store.update(updated)) {
			throw new ConflictException("channel_account_changed", "The account changed meanwhile. Try again.");
		}
		String summary = "linkedin account " + account.handle()
				+ ((urn != null) ? " posts and reads as the Page " + urn : " posts as the member again");
		this.auditTrail.record(new AuditEvent(actor.organizationId(), actor.userId(), actor.displayName(),
				(urn != null) ? "channel.linkedin_page_set" : "channel.linkedin_page_cleared", "channel_account",
				account.id().toString(), AuditEvent.Outcome.SUCCESS,
				(summary.length() > 480) ? summary.substring(0, 480) : summary));
		return urn;
	}

}
