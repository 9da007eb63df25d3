package org.carecast.channels;

/**
 * A publish call timed out or got a 5xx after it was sent: the post may or may not exist.
 * Never send it again blindly; run the connector's duplicate check first
 * ({@link ChannelConnector#findPublished}), or resend with the same idempotency key where
 * the network honours one.
 */
public final class OutcomeUnknownException extends ChannelException {

	public OutcomeUnknownException(ChannelNetwork network, String message, Throwable cause) {
		super(network, message, cause);
	}

}
