package org.carecast.inbox;

/**
 * Whether the item was hidden or deleted on its network by a responder.
 */
public enum ModerationState {

	NONE, HIDDEN, DELETED

}
