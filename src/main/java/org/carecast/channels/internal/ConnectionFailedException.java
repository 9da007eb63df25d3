package org.carecast.channels.internal;

/**
 * Connecting an account did not work. The message is for the administrator who tried, in
 * plain words; it never holds a code, token or password.
 */
public final class ConnectionFailedException extends RuntimeException {

	public ConnectionFailedException(String message) {
		super(message);
	}

}
