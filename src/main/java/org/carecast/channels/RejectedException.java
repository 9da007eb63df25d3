package org.carecast.channels;

/**
 * The network refused the request for good (validation error, duplicate, forbidden):
 * sending it again would fail again. The message is the network's reason in plain words,
 * for the post's "failed" state.
 */
public final class RejectedException extends ChannelException {

	private final String errorCode;

	private final boolean duplicate;

	public RejectedException(ChannelNetwork network, String errorCode, String plainMessage, boolean duplicate) {
		super(network, plainMessage, null);
		this.errorCode = errorCode;
		this.duplicate = duplicate;
	}

	/** The network's own code, such as {@code 422} or {@code 506}. */
	public String errorCode() {
		return this.errorCode;
	}

	/**
	 * Whether the network refused it as a duplicate of a post that exists (X 403
	 * duplicate, Facebook #506, LinkedIn 422 duplicate): the caller should find that post
	 * rather than count this as a failure.
	 */
	public boolean duplicate() {
		return this.duplicate;
	}

}
