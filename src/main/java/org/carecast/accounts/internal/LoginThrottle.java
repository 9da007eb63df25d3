package org.carecast.accounts.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.carecast.accounts.UserAdministration;
import org.carecast.shared.Digests;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an email for a while after repeated failed sign-ins. Counts live in the database
 * so that every instance of a cluster sees them and restarts do not reset them. Unknown
 * emails are counted too, so the lock reveals nothing about which accounts exist.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	private record State(int failures, Instant windowStartedAt, Instant lockedUntil) {
	}

	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String email) {
		Instant now = this.clock.instant();
		return state(key(email)).map(State::lockedUntil).filter((until) -> until != null && until.isAfter(now));
	}

	/** Counts a failure; returns the lock's end if this failure locked the email. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Instant> recordFailure(String email) {
		String key = key(email);
		Instant now = this.clock.instant();
		Optional<State> current = state(key);
		if (current.isEmpty()) {
			this.jdbc.sql("insert into login_throttle (subject_hash, failures, window_started_at) values (?, 1, ?)")
				.params(key, Timestamps.of(now))
				.update();
			return lockIfOver(key, 1, now);
		}
		State state = current.get();
		boolean windowOver = state.windowStartedAt().plus(this.properties.failureWindow()).isBefore(now);
		int failures = windowOver ? 1 : state.failures() + 1;
		Instant windowStart = windowOver ? now : state.windowStartedAt();
		this.jdbc.sql("update login_throttle set failures = ?, window_started_at = ? where subject_hash = ?")
			.params(failures, Timestamps.of(windowStart), key)
			.update();
		return lockIfOver(key, failures, now);
	}

	@Transactional
	public void reset(String email) {
		this.jdbc.sql("delete from login_throttle where subject_hash = ?").param(key(email)).update();
	}

	private Optional<Instant> lockIfOver(String key, int failures, Instant now) {
		if (failures < this.properties.maxFailedLogins()) {
			return Optional.empty();
		}
		Instant until = now.plus(this.properties.lockout());
		this.jdbc.sql(
				"update login_throttle set locked_until = ?, failures = 0, window_started_at = ? where subject_hash = ?")
			.params(Timestamps.of(until), Timestamps.of(now), key)
			.update();
		return Optional.of(until);
	}

	private Optional<State> state(String key) {
		return this.jdbc
			.sql("select failures, window_started_at, locked_until from login_throttle where subject_hash = ?")
			.param(key)
			.query((rs, n) -> new State(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject(3, OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null)))
			.optional();
	}

	private static String key(String email) {
		return Digests.sha256Hex("login:" + UserAdministration.normalizeEmail(email));
	}

}
