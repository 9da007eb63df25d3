package org.carecast.shared;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so tests can move time instead of sleeping.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/**
	 * Ticks in microseconds, the precision both databases store, so a value returned when
	 * something is created equals the value read back later.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
	}

}
