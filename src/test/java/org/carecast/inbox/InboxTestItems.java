package org.carecast.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.channels.InboundKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh inbox items for tests outside the inbox's own (the role matrix, tenant
 * isolation), arriving the way the channels deliver them.
 */
@Component
public class InboxTestItems {

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	public InboxTestItems(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** A new public comment on the organization's account; returns the item's id. */
	public UUID comment(UUID organizationId, UUID accountId, String text) {
		String remoteId = "test-" + UUID.randomUUID();
		InboundItem item = new InboundItem(remoteId, InboundKind.COMMENT, "@visitor", null, text, Instant.now(), null,
				null, null, null);
		this.transactions.executeWithoutResult((tx) -> {
			// The sandbox's own copy, so that hiding or deleting it on the "network"
			// works.
			this.jdbc
				.sql("insert into sandbox_inbound (id, organization_id, account, seq, remote_id, kind, author_handle, "
						+ "body, reply_to, hidden, deleted, created_at) select ?, organization_id, remote_account_id, "
						+ "0, ?, 'COMMENT', '@visitor', ?, null, false, false, ? from channel_account where id = ?")
				.params(UUID.randomUUID(), remoteId, text.substring(0, Math.min(text.length(), 5000)),
						java.sql.Timestamp.from(Instant.now()), accountId)
				.update();
			this.events.publishEvent(
					new InboundItemsReceived(organizationId, accountId, ChannelNetwork.SANDBOX, List.of(item)));
		});
		return this.jdbc.sql("select id from inbox_item where organization_id = ? and remote_id = ?")
			.params(organizationId, remoteId)
			.query(UUID.class)
			.single();
	}

}
