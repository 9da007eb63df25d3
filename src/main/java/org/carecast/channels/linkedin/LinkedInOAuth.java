package org.carecast.channels.linkedin;

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
 * LinkedIn's 3-legged OAuth 2.0 (platform-apis.md §7.1). LinkedIn takes no PKCE, so the
 * code challenge and verifier are not sent; the client secret goes in the form body. The
 * account is the member the OIDC {@code userinfo} call names, as {@code urn:li:person:…};
 * refresh tokens exist only for approved partner apps, and without one the member must
 * consent again.
 */
final class LinkedInOAuth implements ChannelLogin {

	static final String SCOPES = "openid profile w_member_social";

	/**
	 * {@link #SCOPES} plus posting and commenting as a Page, reading its posts and
	 * comments, and its notifications (platform-apis.md §7.1).
	 */
	static final String ORGANIZATION_SCOPES = SCOPES
			+ " w_organization_social r_organization_social rw_organization_admin";

	static final String TOKEN_PATH = "/oauth/v2/accessToken";

	private final LinkedInRequests requests;

	private final LinkedInErrors errors;

	private final Clock clock;

	private final String scopes;

	LinkedInOAuth(LinkedInRequests requests, LinkedInErrors errors, Clock clock, boolean organizationPages) {
		this.requests = requests;
		this.errors = errors;
		this.clock = clock;
		this.scopes = organizationPages ? ORGANIZATION_SCOPES : SCOPES;
	}

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		Map<String, String> query = OAuthForms.authorizeQuery(request);
		query.put("state", request.state());
		query.put("scope", this.scopes);
		return URI
			.create(WebForms.webBase(request.endpoint(), "www.") + "/oauth/v2/authorization?" + WebForms.form(query));
	}

	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		Map<String, String> form = OAuthForms.codeGrantWithSecret(endpoint, code, redirectUri);
		JsonNode token = this.requests.http().safe(this.requests.oauthForm(endpoint, TOKEN_PATH, form), this.errors);
		ChannelCredentials anonymous = TokenAnswer.read(token, this.clock.instant()).anonymous();
		String accessToken = anonymous.accessToken();
		JsonNode userinfo = this.requests.http()
			.safe(this.requests.get(new ChannelSession(endpoint, anonymous), "/v2/userinfo"), this.errors);
		String sub = userinfo.path("sub").asString("");
		if (sub.isEmpty() || accessToken.isEmpty()) {
			throw new RejectedException(ChannelNetwork.LINKEDIN, "no_account",
					"LinkedIn did not say which member signed in", false);
		}
		String person = "urn:li:person:" + sub;
		return new ChannelCredentials(accessToken, anonymous.refreshToken(), anonymous.expiresAt(), person,
				userinfo.path("name").asString(""), Map.of(LinkedInConnector.PERSON_URN, person));
	}

	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		if (credentials.refreshToken() == null || credentials.refreshToken().isBlank()) {
			throw new AuthorizationExpiredException(ChannelNetwork.LINKEDIN,
					"LinkedIn issues no refresh token to this app; the member must reconnect the account");
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", credentials.refreshToken());
		form.put("client_id", endpoint.clientId());
		form.put("client_secret", (endpoint.clientSecret() != null) ? endpoint.clientSecret() : "");
		try {
			JsonNode token = this.requests.http()
				.safe(this.requests.oauthForm(endpoint, TOKEN_PATH, form), this.errors);
			return TokenAnswer.read(token, this.clock.instant()).refresh(credentials);
		}
		catch (RejectedException ex) {
			throw new AuthorizationExpiredException(ChannelNetwork.LINKEDIN, ex.getMessage());
		}
	}

	/** The document gives LinkedIn no revoke call; the token lapses after 60 days. */
	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
	}

}
