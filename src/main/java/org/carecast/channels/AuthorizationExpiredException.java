package org.carecast.channels;

/**
 * The network refused the token (expired, revoked, or refresh refused). The caller tries
 * one refresh; if that fails too, the account needs reconnecting.
 */
public final class AuthorizationExpiredException extends ChannelException {

	public AuthorizationExpiredException(ChannelNetwork network, String message) {
		super(network, message, null);
	}

}
