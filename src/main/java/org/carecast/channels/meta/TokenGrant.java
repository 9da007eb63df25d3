package org.carecast.channels.meta;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A token Meta issued and when it stops working.
 *
 * @param accessToken the token
 * @param expiresAt when it expires, if Meta said
 */
public record TokenGrant(String accessToken, @Nullable Instant expiresAt) {

	@Override
	public String toString() {
		return "TokenGrant[token hidden, expires " + this.expiresAt + "]";
	}

}
