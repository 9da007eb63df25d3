package org.carecast.channels;

import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Hides, shows again or deletes inbound comments on the networks whose APIs allow it.
 */
@Service
public class ChannelModerator {

	// Placeholder until the connectors' moderation calls land.
	public ModerationOutcome moderate(UUID organizationId, UUID accountId, InboundKind kind, String remoteId,
			ModerationAction action) {
		return new ModerationOutcome.NotSupported("This network's moderation is not connected yet.");
	}

}
