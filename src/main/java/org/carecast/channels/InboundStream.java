package org.carecast.channels;

/**
 * A feed of inbound items a connector can be polled for. Each stream has its own read
 * cursor; an item's own {@link InboundKind} says what it is, so one stream may carry
 * several kinds (Mastodon's notifications hold replies, mentions and direct messages).
 */
public enum InboundStream {

	/** Comments and replies under the account's posts. */
	COMMENTS,
	/**
	 * Notifications or timelines of posts that mention the account (and, where the
	 * network reports them together, replies and direct messages).
	 */
	MENTIONS,
	/** Private conversations with the account. */
	DIRECT_MESSAGES

}
