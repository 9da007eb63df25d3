package org.carecast.channels;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization's account on a network, as other modules see it: no tokens.
 *
 * @param id Carecast's id for the connection
 * @param organizationId the owning organization
 * @param network which network
 * @param handle the account's name on the network
 * @param status whether it can publish
 * @param connectedAt when it was connected
 */
public record ConnectedAccount(UUID id, UUID organizationId, ChannelNetwork network, String handle, Status status,
		Instant connectedAt) {

	public enum Status {

		CONNECTED, NEEDS_RECONNECTION, DISCONNECTED

	}

	public boolean canPublish() {
		return this.status == Status.CONNECTED;
	}

}
