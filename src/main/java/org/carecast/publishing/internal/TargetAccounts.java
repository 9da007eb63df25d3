package org.carecast.publishing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ConnectedAccount;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.Variant;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The organization's connected accounts as targets of a post.
 */
@Component
public class TargetAccounts {

	private final ChannelPublisher channels;

	TargetAccounts(ChannelPublisher channels) {
		this.channels = channels;
	}

	public List<ConnectedAccount> available(UUID organizationId) {
		return this.channels.accounts(organizationId);
	}

	/**
	 * The variants for the chosen accounts; an account of another organization is refused
	 * like one that does not exist.
	 */
	public List<Variant> variants(UUID organizationId, List<PostDraft.Target> targets) {
		List<Variant> variants = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (PostDraft.Target target : targets) {
			if (target.accountId() == null || !seen.add(target.accountId())) {
				continue;
			}
			ConnectedAccount account = this.channels.account(organizationId, target.accountId())
				.orElseThrow(() -> new InvalidInputException("Choose accounts your organization has connected."));
			variants.add(new Variant(account.id(), account.network(), account.handle(),
					blankToNull(target.textOverride()), blankToNull(target.link()), blankToNull(target.firstComment()),
					target.language(), target.imagesLeftOut()));
		}
		return variants;
	}

	/** Refuses to schedule to an account that cannot publish now. */
	public void requirePublishable(UUID organizationId, List<Variant> variants) {
		for (Variant variant : variants) {
			boolean ok = this.channels.account(organizationId, variant.accountId())
				.map(ConnectedAccount::canPublish)
				.orElse(false);
			if (!ok) {
				throw new ConflictException("account_unavailable", "The account " + variant.handle() + " on "
						+ variant.network().code() + " cannot publish. Reconnect it, or remove it from the post.");
			}
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
