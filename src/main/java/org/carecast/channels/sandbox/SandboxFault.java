package org.carecast.channels.sandbox;

/**
 * A failure the sandbox can be told to produce once, so tests can walk every branch of
 * the retry rules against a real connector and database.
 */
public enum SandboxFault {

	/** Publish answers 429 with a reset time 30 seconds ahead. */
	RATE_LIMITED,
	/** Publish answers that the daily quota is used up, without a reset time. */
	DAILY_CAP,
	/** Publish fails before anything is stored (a refused connection). */
	TEMPORARY_FAILURE,
	/** Publish times out before the sandbox stored the post. */
	OUTCOME_UNKNOWN_BEFORE_CREATE,
	/** Publish times out after the sandbox stored the post: it exists. */
	OUTCOME_UNKNOWN_AFTER_CREATE,
	/** Publish refuses the access token. */
	TOKEN_REFUSED,
	/** Refresh refuses the refresh token. */
	REFRESH_REFUSED,
	/** Publish refuses the post for good. */
	REJECTED,
	/** Publish refuses the post as a duplicate. */
	DUPLICATE;

	boolean appliesToRefresh() {
		return this == REFRESH_REFUSED;
	}

}
