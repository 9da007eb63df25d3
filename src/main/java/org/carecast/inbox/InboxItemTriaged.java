package org.carecast.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundKind;
import org.carecast.guardrail.TriageLabel;

/**
 * Published after an inbound item is stored (or stored again with new labels), so that
 * alerts and captures can follow. It carries no text of the item: listeners that need it
 * ask the inbox, scoped to the organization.
 *
 * @param firstTime whether the item is new, as opposed to an edit re-read from the
 * network
 */
public record InboxItemTriaged(UUID organizationId, UUID itemId, ChannelNetwork network, InboundKind kind,
		List<TriageLabel> labels, Instant receivedAt, boolean firstTime) {

	public InboxItemTriaged {
		labels = List.copyOf(labels);
	}

	public boolean isCrisis() {
		return this.labels.contains(TriageLabel.CRISIS);
	}

}
