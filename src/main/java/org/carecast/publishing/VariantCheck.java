package org.carecast.publishing;

import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.guardrail.Report;
import org.carecast.guardrail.TextLength;

/**
 * What the guardrail found in one variant, and how long it is by its network's count.
 *
 * @param length the length by the network's own rule, or {@code null} for the sandbox
 */
public record VariantCheck(UUID accountId, ChannelNetwork network, String handle, String text, Report report,
		TextLength length) {

	@Override
	public String toString() {
		return "VariantCheck[" + this.accountId + ", " + this.report + "]";
	}

}
