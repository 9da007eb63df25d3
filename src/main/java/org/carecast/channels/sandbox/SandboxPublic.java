package org.carecast.channels.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.channels.InboundKind;
import org.carecast.channels.internal.ChannelAccountStore;
import org.carecast.channels.internal.StoredAccount;
import org.carecast.shared.Actor;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plays a member of the public on the sandbox network: a reply under one of the
 * organization's sandbox posts, a mention or a direct message, delivered to the inbox the
 * way a network's webhook would ({@link InboundItemsReceived} in the same transaction as
 * the sandbox's own copy).
 */
@Service
public class SandboxPublic {

	static final int MAX_TEXT = 2000;

	private static final Pattern HANDLE = Pattern.compile("@?[\\p{L}\\p{N}._-]{1,40}");

	private final ChannelAccountStore accounts;

	private final SandboxPosts posts;

	private final SandboxInbound inbound;

	private final ApplicationEventPublisher events;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SandboxPublic(ChannelAccountStore accounts, SandboxPosts posts, SandboxInbound inbound,
			ApplicationEventPublisher events, AuditTrail auditTrail, Clock clock) {
		this.accounts = accounts;
		this.posts = posts;
		this.inbound = inbound;
		this.events = events;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * What the form asks for.
	 *
	 * @param replyTo the sandbox post answered, for a reply; null for a mention or
	 * message
	 */
	public record Writing(String authorHandle, String text, InboundKind kind, @Nullable String replyTo) {

		@Override
		public String toString() {
			return "Writing[" + this.kind + ", " + ((this.text != null) ? this.text.length() : 0) + " chars]";
		}

	}

	/**
	 * @return how many sandbox accounts received it
	 * @throws InvalidInputException when a field is missing, too long, or the post is not
	 * the organization's
	 */
	@Transactional
	public int write(Actor actor, Writing writing) {
		String handle = (writing.authorHandle() != null) ? writing.authorHandle().strip() : "";
		String text = (writing.text() != null) ? writing.text().strip() : "";
		if (!HANDLE.matcher(handle).matches()) {
			throw new InvalidInputException(
					"Give the author a handle of 1 to 40 letters, digits, dots, dashes or underscores.");
		}
		if (text.isEmpty() || text.length() > MAX_TEXT) {
			throw new InvalidInputException("Write between 1 and " + MAX_TEXT + " characters.");
		}
		List<StoredAccount> receivers = receivers(actor.organizationId(), writing);
		if (receivers.isEmpty()) {
			throw new InvalidInputException("Connect a sandbox account first; nobody would receive this.");
		}
		String author = handle.startsWith("@") ? handle : "@" + handle;
		for (StoredAccount account : receivers) {
			InboundItem item = new InboundItem("sbxin-" + HexFormat.of().formatHex(bytes()), writing.kind(), author,
					null, text, this.clock.instant(), writing.replyTo(), writing.replyTo(), null, null);
			if (item.kind() == InboundKind.DIRECT_MESSAGE) {
				item = new InboundItem(item.remoteId(), item.kind(), author, null, text, item.createdAt(), null, null,
						item.remoteId(), null);
			}
			this.inbound.insert(actor.organizationId(), account.remoteAccountId(), item);
			this.events.publishEvent(new InboundItemsReceived(actor.organizationId(), account.id(),
					ChannelNetwork.SANDBOX, List.of(item)));
		}
		this.auditTrail.record(new AuditEvent(actor.organizationId(), actor.userId(), actor.displayName(),
				"sandbox.inbound_written", "sandbox_inbound", null, AuditEvent.Outcome.SUCCESS,
				"Wrote a sandbox " + writing.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
						+ " as a member of the public to " + receivers.size() + " account(s)"));
		return receivers.size();
	}

	private List<StoredAccount> receivers(UUID organizationId, Writing writing) {
		List<StoredAccount> connected = this.accounts.list(organizationId)
			.stream()
			.filter((a) -> a.network() == ChannelNetwork.SANDBOX && a.status() == ConnectedAccount.Status.CONNECTED)
			.toList();
		if (writing.kind() != InboundKind.COMMENT) {
			return connected;
		}
		if (writing.replyTo() == null || writing.replyTo().isBlank()) {
			throw new InvalidInputException("Choose the sandbox post this reply answers.");
		}
		SandboxPost post = this.posts.byRemoteId(organizationId, writing.replyTo())
			.filter((p) -> !p.deleted())
			.orElseThrow(() -> new InvalidInputException("That sandbox post does not exist."));
		return connected.stream().filter((a) -> a.remoteAccountId().equals(post.account())).toList();
	}

	private byte[] bytes() {
		byte[] bytes = new byte[8];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
