package org.carecast.channels.meta;

import java.util.Set;

import org.carecast.channels.http.NetworkHttp.ErrorReader.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The {@code error} object of a Graph API answer, and what it means for the caller. Meta
 * sends throttling as HTTP 400/403 with a code, so the code decides, not the status.
 *
 * @param status the HTTP status
 * @param code {@code error.code}, 0 when absent
 * @param subcode {@code error.error_subcode}, 0 when absent
 * @param transientError {@code error.is_transient}
 * @param text the user message Meta offers, else its developer message; may be blank
 */
public record GraphError(int status, int code, int subcode, boolean transientError, String text) {

	/** App (4), user (17), Page (32) and custom (613) throttling. */
	private static final Set<Integer> RATE_CODES = Set.of(4, 17, 32, 613);

	/** Business-Use-Case throttling: Pages, Instagram and the other BUC types. */
	private static final Set<Integer> BUSINESS_USE_CASE_CODES = Set.of(80000, 80001, 80002, 80003, 80004, 80005, 80006,
			80007, 80008, 80009, 80014);

	/** Instagram's "daily publishing limit reached" subcode. */
	private static final int PUBLISHING_LIMIT = 2207042;

	/** Facebook's "posting too fast" subcode. */
	private static final int POSTING_TOO_FAST = 1390008;

	/** Instagram's "server error, retry later" subcode. */
	private static final int MEDIA_SERVER_ERROR = 2207001;

	/** "Object does not exist" under code 100: a delete of something already gone. */
	private static final int OBJECT_MISSING = 33;

	public static GraphError from(int status, JsonNode body) {
		JsonNode error = body.path("error");
		String userMessage = error.path("error_user_msg").asString("");
		String text = userMessage.isBlank() ? error.path("message").asString("") : userMessage;
		return new GraphError(status, error.path("code").asInt(0), error.path("error_subcode").asInt(0),
				error.path("is_transient").asBoolean(false), text);
	}

	public Kind kind() {
		if (this.status == 429 || isThrottling()) {
			return Kind.RATE_LIMITED;
		}
		if (this.code == 190 || (this.status == 401 && this.code == 0)) {
			return Kind.AUTHORIZATION;
		}
		if (this.code == 506) {
			return Kind.DUPLICATE;
		}
		if (this.status >= 500 || this.code == 1 || this.code == 2 || this.transientError
				|| this.subcode == MEDIA_SERVER_ERROR) {
			return Kind.SERVER_ERROR;
		}
		return Kind.REJECTED;
	}

	public boolean isThrottling() {
		return RATE_CODES.contains(this.code) || isBusinessUseCase() || this.subcode == PUBLISHING_LIMIT
				|| this.subcode == POSTING_TOO_FAST;
	}

	/** Whether a 24-hour budget ran out: reschedule rather than spin. */
	public boolean isDailyCap() {
		return isBusinessUseCase() || this.subcode == PUBLISHING_LIMIT;
	}

	public boolean isAppLevelThrottling() {
		return this.code == 4;
	}

	/** Whether this answers a delete of an object that no longer exists. */
	public boolean isGone() {
		return this.status == 404 || (this.code == 100 && this.subcode == OBJECT_MISSING);
	}

	/**
	 * The Graph code as the network's error code, or the HTTP status when there is none.
	 */
	public String errorCode() {
		return (this.code != 0) ? String.valueOf(this.code) : String.valueOf(this.status);
	}

	private boolean isBusinessUseCase() {
		return BUSINESS_USE_CASE_CODES.contains(this.code);
	}

}
