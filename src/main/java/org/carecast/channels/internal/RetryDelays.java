package org.carecast.channels.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The waits of platform-apis.md §0.2. Every wait gets random jitter on top, so posts that
 * failed together do not all come back in the same second.
 */
@Component
public final class RetryDelays {

	/** Temporary failures: 1 s, 2 s, 4 s, 8 s; the fifth failed attempt is the last. */
	public static final int MAX_TEMPORARY_ATTEMPTS = 5;

	private static final Duration RATE_LIMIT_START = Duration.ofSeconds(60);

	private static final Duration RATE_LIMIT_CAP = Duration.ofMinutes(15);

	private static final Duration UNKNOWN_START = Duration.ofSeconds(5);

	private static final Duration UNKNOWN_CAP = Duration.ofMinutes(5);

	private final DoubleSupplier jitter;

	/**
	 * @param jitter numbers in [0, 1); a fixed value makes the waits predictable
	 */
	public RetryDelays(DoubleSupplier jitter) {
		this.jitter = jitter;
	}

	@Autowired
	RetryDelays() {
		this(() -> ThreadLocalRandom.current().nextDouble());
	}

	/**
	 * After a 5xx or network error: 1 s, 2 s, 4 s, 8 s by earlier attempts, plus up to
	 * half again.
	 */
	public Duration temporaryFailure(int previousAttempts) {
		Duration base = Duration.ofSeconds(1L << Math.min(Math.max(previousAttempts, 0), 3));
		return base.plusMillis((long) (base.toMillis() * 0.5 * this.jitter.getAsDouble()));
	}

	/** Whether this attempt was the last a temporary failure allows. */
	public boolean temporaryFailuresExhausted(int previousAttempts) {
		return previousAttempts + 1 >= MAX_TEMPORARY_ATTEMPTS;
	}

	/**
	 * After a throttle without a reset time: 60 s doubling with each earlier attempt,
	 * plus up to a fifth again, never over 15 minutes.
	 */
	public Duration rateLimited(int previousAttempts) {
		return grow(RATE_LIMIT_START, previousAttempts, RATE_LIMIT_CAP, 0.2);
	}

	/**
	 * After an unknown outcome: soon, because the next attempt only checks whether the
	 * post exists (or resends with the same key).
	 */
	public Duration outcomeUnknown(int previousAttempts) {
		return grow(UNKNOWN_START, previousAttempts, UNKNOWN_CAP, 0.2);
	}

	/** A daily quota without a reset time: the start of the next UTC day, plus jitter. */
	public Instant nextDay(Instant now) {
		Instant midnight = now.atZone(ZoneOffset.UTC)
			.toLocalDate()
			.plusDays(1)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		return midnight.plusSeconds((long) (300 * this.jitter.getAsDouble()));
	}

	private Duration grow(Duration start, int previousAttempts, Duration cap, double jitterShare) {
		int doublings = Math.min(Math.max(previousAttempts, 0), 20);
		Duration base = start.multipliedBy(1L << doublings);
		if (base.compareTo(cap) >= 0) {
			// At the cap, jitter spreads below it rather than above.
			return cap.minusMillis((long) (cap.toMillis() * jitterShare * this.jitter.getAsDouble()));
		}
		Duration withJitter = base.plusMillis((long) (base.toMillis() * jitterShare * this.jitter.getAsDouble()));
		return (withJitter.compareTo(cap) > 0) ? cap : withJitter;
	}

}
