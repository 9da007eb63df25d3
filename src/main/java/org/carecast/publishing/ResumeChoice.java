package org.carecast.publishing;

/**
 * What happens, on resuming, to the posts that came due during the pause.
 */
public enum ResumeChoice {

	/** Send them now. */
	PUBLISH_NOW,
	/** Send them at a new time. */
	RESCHEDULE,
	/** Keep them back: they return to "approved" for someone to schedule again. */
	HOLD

}
