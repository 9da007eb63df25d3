package org.carecast.channels;

/**
 * What a responder asks the network to do with an inbound comment.
 */
public enum ModerationAction {

	/**
	 * Hide it from the public where the network can (the author and their friends may
	 * still see it).
	 */
	HIDE,
	/** Show a hidden comment again. */
	UNHIDE,
	/** Remove it from the network. */
	DELETE

}
