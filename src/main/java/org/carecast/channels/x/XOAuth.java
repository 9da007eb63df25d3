package org.carecast.channels.x;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.RejectedException;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.oauth.OAuthForms;
import org.carecast.channels.oauth.TokenAnswer;
import org.carecast.channels.oauth.WebForms;
import tools.jackson.databind.JsonNode;

/**
 * X's OAuth 2.0 authorization code flow with PKCE S256 (platform-apis.md §3.1): the
 * authorize URL, the code exchange followed by {@code GET /2/users/me}, refresh with the
 * {@code offline.access} refresh token, and revoke.
 */
final class XOAuth implements ChannelLogin {

	static final String SCOPES = "tweet.read tweet.write users.read media.write offline.access";

	static final String TOKEN_PATH = "/2/oauth2/token";

	private final XRequests requests;

	private final XErrors errors;

	private final XTokenErrors tokenErrors = new XTokenErrors();

	private final Clock clock;

	XOAuth(XRequests requests, XErrors errors, Clock clock) {
		this.requests = requests;
		this.errors = errors;
		this.clock = clock;
	}

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		Map<String, String> query = OAuthForms.authorizeQuery(request);
		query.put("scope", SCOPES);
		query.put("state", request.state());
		query.put("code_challenge", request.codeChallenge());
		query.put("code_challenge_method", "S256");
		return URI.create(WebForms.webBase(request.endpoint(), "") + "/i/oauth2/authorize?" + WebForms.form(query));
	}

	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", redirectUri.toString());
		form.put("code_verifier", codeVerifier);
		JsonNode token = token(endpoint, form);
		ChannelCredentials anonymous = TokenAnswer.read(token, this.clock.instant()).anonymous();
		String accessToken = anonymous.accessToken();
		JsonNode me = this.requests.http()
			.safe(this.requests.get(new ChannelSession(endpoint, anonymous), "/2/users/me"), this.errors)
			.path("data");
		String id = me.path("id").asString("");
		String username = me.path("username").asString("");
		if (id.isEmpty() || accessToken.isEmpty()) {
			throw new RejectedException(ChannelNetwork.X, "no_account", "X did not say which account signed in", false);
		}
		return new ChannelCredentials(accessToken, anonymous.refreshToken(), anonymous.expiresAt(), id,
				username.isEmpty() ? "" : "@" + username, Map.of());
	}

	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		if (credentials.refreshToken() == null || credentials.refreshToken().isBlank()) {
			throw new AuthorizationExpiredException(ChannelNetwork.X,
					"X gave no refresh token for this account; reconnect it");
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", credentials.refreshToken());
		try {
			JsonNode token = token(endpoint, form);
			// X rotates refresh tokens: the old one is spent once this answer arrives.
			return TokenAnswer.read(token, this.clock.instant()).refresh(credentials);
		}
		catch (RejectedException ex) {
			throw new AuthorizationExpiredException(ChannelNetwork.X, ex.getMessage());
		}
	}

	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		revokeOne(endpoint, credentials.accessToken());
		if (credentials.refreshToken() != null && !credentials.refreshToken().isBlank()) {
			revokeOne(endpoint, credentials.refreshToken());
		}
	}

	private void revokeOne(ChannelEndpoint endpoint, String token) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", token);
		form.put("client_id", endpoint.clientId());
		this.requests.http().send(this.requests.oauthForm(endpoint, "/2/oauth2/revoke", form), this.tokenErrors, false);
	}

	private JsonNode token(ChannelEndpoint endpoint, Map<String, String> form) {
		if (!XRequests.isConfidential(endpoint)) {
			form.put("client_id", endpoint.clientId());
		}
		return this.requests.http().safe(this.requests.oauthForm(endpoint, TOKEN_PATH, form), this.tokenErrors);
	}

}
