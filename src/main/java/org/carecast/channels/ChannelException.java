package org.carecast.channels;

/**
 * A network call did not succeed. The subclass says what the caller may do next, which is
 * what the retry rules (platform-apis.md §0.2) turn on. Messages are plain words for
 * people and never hold post text, tokens or response bodies.
 */
public abstract sealed class ChannelException extends RuntimeException permits RateLimitedException,
		AuthorizationExpiredException, RejectedException, TemporaryFailureException, OutcomeUnknownException {

	private final ChannelNetwork network;

	protected ChannelException(ChannelNetwork network, String message, Throwable cause) {
		super(message, cause);
		this.network = network;
	}

	public ChannelNetwork network() {
		return this.network;
	}

}
