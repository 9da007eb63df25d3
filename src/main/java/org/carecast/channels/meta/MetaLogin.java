package org.carecast.channels.meta;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.oauth.ChannelLogin;

/**
 * The login Instagram (Instagram Login) and Threads share: an authorize page on the
 * network's own site, a code redeemed for a one-hour token, exchanged for a 60-day token
 * that is refreshed with itself. Neither documents PKCE or a revoke call.
 *
 * @param graph the client of the network's Graph host
 * @param tokens the exchange and refresh grants
 * @param authorizePrefix what replaces {@code graph.} for the authorize page
 * ({@code www.} for Instagram, nothing for Threads)
 * @param tokenPrefix what replaces {@code graph.} for the code endpoint ({@code api.} for
 * Instagram, {@code graph.} for Threads)
 * @param scopes the permissions asked for
 */
public record MetaLogin(MetaGraph graph, LongLivedTokens tokens, String authorizePrefix, String tokenPrefix,
		String scopes) implements ChannelLogin {

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", request.endpoint().clientId());
		query.put("redirect_uri", request.redirectUri().toString());
		query.put("scope", this.scopes);
		query.put("response_type", "code");
		query.put("state", request.state());
		return GraphUrls.sibling(this.graph.unversioned(request.endpoint(), "/oauth/authorize", query),
				this.authorizePrefix);
	}

	/** Neither network documents PKCE, so the verifier is not sent. */
	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		URI tokenUri = GraphUrls.sibling(this.graph.unversioned(endpoint, "/oauth/access_token", Map.of()),
				this.tokenPrefix);
		LongLivedTokens.ShortLived shortLived = this.tokens.redeem(tokenUri, endpoint, code, redirectUri);
		TokenGrant grant = this.tokens.exchange(endpoint, shortLived.accessToken());
		ChannelCredentials credentials = new ChannelCredentials(grant.accessToken(), null, grant.expiresAt(),
				shortLived.userId(), "", Map.of());
		return new ChannelCredentials(grant.accessToken(), null, grant.expiresAt(), shortLived.userId(),
				handle(new ChannelSession(endpoint, credentials)), Map.of());
	}

	/**
	 * A fresh 60-day token. An expired token cannot be refreshed, so that is not even
	 * tried.
	 */
	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		if (credentials.expiresWithin(this.graph.clock().instant(), 0)) {
			throw new AuthorizationExpiredException(this.graph.network(),
					MetaGraph.label(this.graph.network()) + " tokens cannot be refreshed once expired; reconnect");
		}
		TokenGrant grant = this.tokens.refresh(endpoint, credentials.accessToken());
		return credentials.refreshed(grant.accessToken(), null, grant.expiresAt());
	}

	/**
	 * No revoke call is documented; the person removes the app in Instagram or Threads.
	 */
	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
	}

	/** The {@code @username}, or blank: a missing name must not fail the connection. */
	private String handle(ChannelSession session) {
		try {
			String username = this.graph
				.read(this.graph.api(session.endpoint(), "/me", Map.of("fields", "id,username")), session.accessToken())
				.path("username")
				.asString("");
			return username.isBlank() ? "" : "@" + username;
		}
		catch (ChannelException ex) {
			return "";
		}
	}

}
