package org.carecast.accounts.internal;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without checking the password, because the email is locked for a while.
 */
class LoginLockedException extends AuthenticationException {

	private final transient Instant until;

	LoginLockedException(Instant until) {
		super("Too many failed sign-ins");
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
