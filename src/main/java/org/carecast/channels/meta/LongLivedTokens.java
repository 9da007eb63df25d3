package org.carecast.channels.meta;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;
import tools.jackson.databind.JsonNode;

/**
 * The token life cycle Instagram Login and Threads share: an authorization code becomes a
 * one-hour token, which becomes a 60-day token, which is refreshed (not replaced by a
 * refresh token) before it dies. Meta's token endpoints take the token in the query.
 *
 * @param graph the client of the network's Graph host
 * @param exchangeGrant {@code ig_exchange_token} or {@code th_exchange_token}
 * @param refreshGrant {@code ig_refresh_token} or {@code th_refresh_token}
 */
public record LongLivedTokens(MetaGraph graph, String exchangeGrant, String refreshGrant) {

	/** A short-lived token and the user it belongs to. */
	public record ShortLived(String accessToken, String userId) {

		@Override
		public String toString() {
			return "ShortLived[user " + this.userId + ", token hidden]";
		}

	}

	/**
	 * Redeems the code at {@code tokenUri} (form POST).
	 * @throws RejectedException when Meta refuses the code
	 */
	public ShortLived redeem(URI tokenUri, ChannelEndpoint endpoint, String code, URI redirectUri) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_id", endpoint.clientId());
		form.put("client_secret", secret(endpoint));
		form.put("grant_type", "authorization_code");
		form.put("redirect_uri", redirectUri.toString());
		form.put("code", code);
		JsonNode answer;
		try {
			// The code grant authenticates with the client secret in the form, not a
			// token.
			answer = this.graph.send(this.graph.form(this.graph.request(tokenUri), form), false,
					List.of(code, secret(endpoint)));
		}
		catch (AuthorizationExpiredException ex) {
			throw new RejectedException(this.graph.network(), "invalid_code",
					MetaGraph.label(this.graph.network()) + " refused the authorization code", false);
		}
		// Instagram's newer answer wraps the token in data[0]; Threads answers it flat.
		JsonNode token = answer.path("data").path(0).isObject() ? answer.path("data").path(0) : answer;
		String accessToken = token.path("access_token").asString("");
		String userId = token.path("user_id").asString("");
		if (accessToken.isBlank() || userId.isBlank()) {
			throw unreadable();
		}
		return new ShortLived(accessToken, userId);
	}

	/** The 60-day token for a short-lived one. */
	public TokenGrant exchange(ChannelEndpoint endpoint, String shortToken) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("grant_type", this.exchangeGrant);
		query.put("client_secret", secret(endpoint));
		query.put("access_token", shortToken);
		return grant(this.graph.unversioned(endpoint, "/access_token", query), shortToken, secret(endpoint));
	}

	/**
	 * A fresh 60-day token for a live one.
	 * @throws AuthorizationExpiredException when Meta refuses: the account must be
	 * reconnected
	 */
	public TokenGrant refresh(ChannelEndpoint endpoint, String longToken) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("grant_type", this.refreshGrant);
		query.put("access_token", longToken);
		try {
			return grant(this.graph.unversioned(endpoint, "/refresh_access_token", query), longToken, "");
		}
		catch (RejectedException ex) {
			throw new AuthorizationExpiredException(this.graph.network(),
					MetaGraph.label(this.graph.network()) + " would not refresh the token");
		}
	}

	private TokenGrant grant(URI uri, String token, String secret) {
		JsonNode answer = this.graph.send(this.graph.request(uri).GET().build(), false, List.of(token, secret));
		String accessToken = answer.path("access_token").asString("");
		if (accessToken.isBlank()) {
			throw unreadable();
		}
		long expiresIn = answer.path("expires_in").asLong(0);
		Instant expiresAt = (expiresIn > 0) ? this.graph.clock().instant().plusSeconds(expiresIn) : null;
		return new TokenGrant(accessToken, expiresAt);
	}

	private ChannelException unreadable() {
		return new TemporaryFailureException(this.graph.network(),
				MetaGraph.label(this.graph.network()) + " sent a token answer Carecast could not read", null);
	}

	private static String secret(ChannelEndpoint endpoint) {
		return (endpoint.clientSecret() != null) ? endpoint.clientSecret() : "";
	}

}
