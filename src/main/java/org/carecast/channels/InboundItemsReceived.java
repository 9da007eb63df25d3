package org.carecast.channels;

import java.util.List;
import java.util.UUID;

/**
 * Published (synchronously, inside the transaction that advances the account's read
 * cursor or accepts a webhook) when items arrive from a network, so that a listener that
 * stores them commits together with the cursor: no gap and, with upserts by remote id, no
 * duplicate.
 */
public record InboundItemsReceived(UUID organizationId, UUID accountId, ChannelNetwork network,
		List<InboundItem> items) {

	public InboundItemsReceived {
		items = List.copyOf(items);
	}

}
