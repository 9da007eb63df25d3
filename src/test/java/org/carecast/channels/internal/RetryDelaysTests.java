package org.carecast.channels.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryDelaysTests {

	private final RetryDelays noJitter = new RetryDelays(() -> 0.0);

	private final RetryDelays fullJitter = new RetryDelays(() -> 0.999);

	@Test
	void temporaryFailuresWaitOneTwoFourEightSecondsPlusJitter() {
		assertThat(this.noJitter.temporaryFailure(0)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.noJitter.temporaryFailure(1)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.noJitter.temporaryFailure(2)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.noJitter.temporaryFailure(3)).isEqualTo(Duration.ofSeconds(8));
		assertThat(this.fullJitter.temporaryFailure(3)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
		assertThat(this.noJitter.temporaryFailuresExhausted(3)).isFalse();
		assertThat(this.noJitter.temporaryFailuresExhausted(4)).isTrue();
	}

	@Test
	void throttlesWithoutResetBackOffFromAMinuteAndNeverPassFifteenMinutes() {
		assertThat(this.noJitter.rateLimited(0)).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.noJitter.rateLimited(1)).isEqualTo(Duration.ofSeconds(120));
		assertThat(this.fullJitter.rateLimited(1)).isGreaterThan(Duration.ofSeconds(120))
			.isLessThan(Duration.ofSeconds(145));
		for (int attempts = 0; attempts < 100; attempts++) {
			assertThat(this.fullJitter.rateLimited(attempts)).isLessThanOrEqualTo(Duration.ofMinutes(15));
			assertThat(this.noJitter.rateLimited(attempts)).isLessThanOrEqualTo(Duration.ofMinutes(15));
		}
		assertThat(this.noJitter.rateLimited(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.fullJitter.rateLimited(10)).isLessThan(Duration.ofMinutes(15));
	}

	@Test
	void unknownOutcomesComeBackSoon() {
		assertThat(this.noJitter.outcomeUnknown(0)).isEqualTo(Duration.ofSeconds(5));
		assertThat(this.noJitter.outcomeUnknown(50)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void dailyCapsWaitForTheNextUtcDay() {
		Instant now = Instant.parse("2026-03-10T22:15:00Z");
		assertThat(this.noJitter.nextDay(now)).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
		assertThat(this.fullJitter.nextDay(now)).isBetween(Instant.parse("2026-03-11T00:00:00Z"),
				Instant.parse("2026-03-11T00:05:00Z"));
	}

}
