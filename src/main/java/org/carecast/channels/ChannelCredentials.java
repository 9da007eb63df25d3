package org.carecast.channels;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a connected account needs to act: its tokens and who it is on the network. Held
 * encrypted at rest; {@link #toString()} never shows a token.
 *
 * @param accessToken the bearer token (or session JWT for Bluesky, Page token for
 * Facebook)
 * @param refreshToken the refresh token, where the network issues one
 * @param expiresAt when the access token stops working, where the network says
 * @param accountId the account's id on the network: Mastodon account id, Bluesky DID, X
 * user id, Facebook Page id, Instagram user id, LinkedIn author URN, Threads user id
 * @param handle the name people see, such as {@code @cityclinic@social.example}
 * @param extra other per-account values a connector needs later (for example the Mastodon
 * instance's registered client); may hold secrets, so never shown
 */
public record ChannelCredentials(String accessToken, @Nullable String refreshToken, @Nullable Instant expiresAt,
		String accountId, String handle, Map<String, String> extra) {

	public ChannelCredentials {
		extra = (extra != null) ? Map.copyOf(extra) : Map.of();
		handle = (handle != null) ? handle : "";
	}

	/** Whether the access token has expired (or will within {@code margin} seconds). */
	public boolean expiresWithin(Instant now, long marginSeconds) {
		return this.expiresAt != null && !this.expiresAt.isAfter(now.plusSeconds(marginSeconds));
	}

	/** These credentials with a new access token (and refresh token, if given). */
	public ChannelCredentials refreshed(String newAccessToken, @Nullable String newRefreshToken,
			@Nullable Instant newExpiresAt) {
		return new ChannelCredentials(newAccessToken, (newRefreshToken != null) ? newRefreshToken : this.refreshToken,
				newExpiresAt, this.accountId, this.handle, this.extra);
	}

	@Override
	public String toString() {
		return "ChannelCredentials[account " + this.accountId + ", " + this.handle + ", tokens hidden]";
	}

}
