package org.carecast.channels.internal;

import java.time.Clock;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelNeedsReconnection;
import org.carecast.channels.ConnectedAccount;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks an account whose authorization the network no longer accepts, audits it and tells
 * the rest of the application with {@link ChannelNeedsReconnection}, all in one
 * transaction. Marking an account that is already marked does nothing, so several posts
 * failing at once raise one event.
 */
@Component
public class ReconnectionMarker {

	private final ChannelAccountStore store;

	private final AuditTrail auditTrail;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReconnectionMarker(ChannelAccountStore store, AuditTrail auditTrail, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.auditTrail = auditTrail;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	public void mark(StoredAccount account) {
		this.transactions.executeWithoutResult((status) -> {
			StoredAccount locked = this.store.lock(account.organizationId(), account.id()).orElse(null);
			if (locked == null || locked.status() != ConnectedAccount.Status.CONNECTED) {
				return;
			}
			this.store.update(locked.withStatus(ConnectedAccount.Status.NEEDS_RECONNECTION, this.clock.instant()));
			this.auditTrail.record(new AuditEvent(locked.organizationId(), null, "system", "channel.needs_reconnection",
					"channel_account", locked.id().toString(), AuditEvent.Outcome.FAILURE, locked.network().code()
							+ " refused Carecast's authorization after one refresh; the account must be reconnected"));
			this.events
				.publishEvent(new ChannelNeedsReconnection(locked.organizationId(), locked.id(), locked.network()));
		});
	}

}
