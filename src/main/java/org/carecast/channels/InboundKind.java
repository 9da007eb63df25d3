package org.carecast.channels;

/**
 * What an inbound item is on its network.
 */
public enum InboundKind {

	/** A comment or reply under one of the organization's posts. */
	COMMENT,
	/** A public post that mentions the organization's account. */
	MENTION,
	/** A private message to the account. */
	DIRECT_MESSAGE

}
