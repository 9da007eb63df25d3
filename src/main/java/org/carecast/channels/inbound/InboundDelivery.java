package org.carecast.channels.inbound;

import java.util.List;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.channels.internal.ChannelAccountStore;
import org.carecast.channels.internal.StoredAccount;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands items a webhook brought to the inbox of every connected account they were sent to
 * (one network account may be connected in more than one organization). Call it inside
 * the delivery's transaction.
 */
@Component
class InboundDelivery {

	private final ChannelAccountStore accounts;

	private final ApplicationEventPublisher events;

	InboundDelivery(ChannelAccountStore accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
	}

	void deliver(ChannelNetwork network, String remoteAccountId, List<InboundItem> items) {
		if (items.isEmpty()) {
			return;
		}
		for (StoredAccount account : this.accounts.connectedByRemote(network, remoteAccountId)) {
			this.events.publishEvent(
					new InboundItemsReceived(account.organizationId(), account.id(), account.network(), items));
		}
	}

}
