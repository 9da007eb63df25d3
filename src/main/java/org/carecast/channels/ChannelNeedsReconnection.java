package org.carecast.channels;

import java.util.UUID;

/**
 * A connected account stopped accepting Carecast's authorization even after one refresh:
 * an administrator must connect it again. Published in the transaction that marks the
 * account, so listeners can tell the organization's administrators.
 */
public record ChannelNeedsReconnection(UUID organizationId, UUID accountId, ChannelNetwork network) {
}
