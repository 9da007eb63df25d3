package org.carecast.channels;

/**
 * The network is down or erred (5xx, connection refused) on a call that is safe to
 * repeat: a read, a media upload not yet attached, or a Meta container creation.
 */
public final class TemporaryFailureException extends ChannelException {

	public TemporaryFailureException(ChannelNetwork network, String message, Throwable cause) {
		super(network, message, cause);
	}

}
