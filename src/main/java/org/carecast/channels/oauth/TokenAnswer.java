package org.carecast.channels.oauth;

import java.time.Instant;
import java.util.Map;

import org.carecast.channels.ChannelCredentials;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A standard OAuth 2.0 token response (RFC 6749 §5.1) as X and LinkedIn send it. An
 * absent {@code refresh_token} stays absent rather than blank, and a missing or zero
 * {@code expires_in} means no known expiry.
 *
 * @param accessToken the token, blank when the network sent none
 * @param refreshToken the refresh token, if one came
 * @param expiresAt when the access token lapses, if the network said
 */
public record TokenAnswer(String accessToken, @Nullable String refreshToken, @Nullable Instant expiresAt) {

	/** Reads the answer; {@code now} turns {@code expires_in} into an instant. */
	public static TokenAnswer read(JsonNode token, Instant now) {
		JsonNode refresh = token.path("refresh_token");
		long seconds = token.path("expires_in").asLong(0);
		return new TokenAnswer(token.path("access_token").asString(""), refresh.isString() ? refresh.asString() : null,
				(seconds > 0) ? now.plusSeconds(seconds) : null);
	}

	/** Credentials that can call the API before the account is known. */
	public ChannelCredentials anonymous() {
		return new ChannelCredentials(this.accessToken, this.refreshToken, this.expiresAt, "", "", Map.of());
	}

	/** {@code credentials} with this answer's tokens and expiry. */
	public ChannelCredentials refresh(ChannelCredentials credentials) {
		return credentials.refreshed(this.accessToken, this.refreshToken, this.expiresAt);
	}

	@Override
	public String toString() {
		return "TokenAnswer[tokens hidden, expires " + this.expiresAt + "]";
	}

}
