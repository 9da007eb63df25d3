package org.carecast.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether the organization has stopped all outbound publishing, since when and by whom.
 */
public record PauseStatus(boolean paused, @Nullable Instant changedAt, @Nullable String changedBy,
		@Nullable String reason) {

	public static PauseStatus running() {
		return new PauseStatus(false, null, null, null);
	}

}
