package org.carecast.channels;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The network throttled the call. Wait until {@code retryAt}: the reset time the network
 * gave, or, where it gave none, the caller's own backoff.
 */
public final class RateLimitedException extends ChannelException {

	private final @Nullable Instant retryAt;

	private final boolean dailyCap;

	public RateLimitedException(ChannelNetwork network, @Nullable Instant retryAt, boolean dailyCap) {
		super(network, "The network asked Carecast to slow down" + ((retryAt != null) ? " until " + retryAt : ""),
				null);
		this.retryAt = retryAt;
		this.dailyCap = dailyCap;
	}

	/** The reset time the network gave, if it gave one. */
	public @Nullable Instant retryAt() {
		return this.retryAt;
	}

	/**
	 * Whether a daily quota ran out (LinkedIn, X 24-hour, Meta quotas): reschedule rather
	 * than spin.
	 */
	public boolean dailyCap() {
		return this.dailyCap;
	}

}
