package org.carecast.channels.facebook;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.RejectedException;
import org.carecast.channels.meta.GraphUrls;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.meta.MetaGraph;
import tools.jackson.databind.JsonNode;

/**
 * Facebook Login for a Page: code → short user token → long-lived user token → the Page's
 * own token, which does not expire while the long-lived user token's grant stands. The
 * long-lived user token is kept (in {@code extra}, never shown) so that a refused Page
 * token can be re-derived once; Facebook has no refresh token.
 */
final class FacebookAuth implements ChannelLogin {

	static final String PAGE_ID = "page_id";

	static final String USER_TOKEN = "user_token";

	private static final String SCOPES = "pages_show_list,pages_manage_posts,pages_read_engagement,"
			+ "pages_manage_engagement,pages_read_user_content,read_insights,pages_manage_metadata,"
			+ "pages_messaging,business_management";

	private final MetaGraph graph;

	FacebookAuth(MetaGraph graph) {
		this.graph = graph;
	}

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", request.endpoint().clientId());
		query.put("redirect_uri", request.redirectUri().toString());
		query.put("state", request.state());
		query.put("scope", SCOPES);
		return GraphUrls.sibling(this.graph.api(request.endpoint(), "/dialog/oauth", query), "www.");
	}

	/** Facebook Login takes no PKCE, so the verifier is not sent. */
	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", endpoint.clientId());
		query.put("redirect_uri", redirectUri.toString());
		query.put("client_secret", secret(endpoint));
		query.put("code", code);
		String shortToken;
		try {
			shortToken = token(this.graph.send(
					this.graph.request(this.graph.api(endpoint, "/oauth/access_token", query)).GET().build(), false,
					List.of(code, secret(endpoint))));
		}
		catch (AuthorizationExpiredException ex) {
			throw new RejectedException(this.graph.network(), "invalid_code", "Facebook refused the authorization code",
					false);
		}
		return pageCredentials(endpoint, longLived(endpoint, shortToken), null);
	}

	/** Re-exchanges the kept user token and takes the Page's token again. */
	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		String userToken = credentials.extra().get(USER_TOKEN);
		if (userToken == null || userToken.isBlank()) {
			throw new AuthorizationExpiredException(this.graph.network(),
					"Facebook Page tokens cannot be refreshed; reconnect the Page");
		}
		String pageId = credentials.extra().getOrDefault(PAGE_ID, credentials.accountId());
		try {
			return pageCredentials(endpoint, longLived(endpoint, userToken), pageId);
		}
		catch (RejectedException ex) {
			throw new AuthorizationExpiredException(this.graph.network(), "Facebook would not renew the Page token");
		}
	}

	/** Meta's reference documents no revoke call for Page tokens; nothing to do here. */
	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
	}

	private String longLived(ChannelEndpoint endpoint, String userToken) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("grant_type", "fb_exchange_token");
		query.put("client_id", endpoint.clientId());
		query.put("client_secret", secret(endpoint));
		query.put("fb_exchange_token", userToken);
		return token(this.graph.send(
				this.graph.request(this.graph.api(endpoint, "/oauth/access_token", query)).GET().build(), false,
				List.of(userToken, secret(endpoint))));
	}

	/** The wanted Page ({@code pageId}), or the first one when none is named. */
	private ChannelCredentials pageCredentials(ChannelEndpoint endpoint, String userToken, String pageId) {
		JsonNode accounts = this.graph
			.read(this.graph.api(endpoint, "/me/accounts", Map.of("fields", "id,name,access_token,tasks")), userToken);
		Optional<JsonNode> page = findPage(accounts, pageId);
		if (page.isEmpty()) {
			throw (pageId == null)
					? new RejectedException(this.graph.network(), "no_page",
							"This Facebook login manages no Page Carecast could post to", false)
					: new AuthorizationExpiredException(this.graph.network(),
							"The Facebook login no longer manages this Page");
		}
		Map<String, String> extra = new HashMap<>();
		extra.put(PAGE_ID, page.get().path("id").asString());
		extra.put(USER_TOKEN, userToken);
		return new ChannelCredentials(page.get().path("access_token").asString(), null, null,
				page.get().path("id").asString(), page.get().path("name").asString(""), extra);
	}

	private static Optional<JsonNode> findPage(JsonNode accounts, String pageId) {
		for (JsonNode page : accounts.path("data")) {
			boolean usable = !page.path("id").asString("").isBlank()
					&& !page.path("access_token").asString("").isBlank();
			if (usable && (pageId == null || pageId.equals(page.path("id").asString()))) {
				return Optional.of(page);
			}
		}
		return Optional.empty();
	}

	private String token(JsonNode answer) {
		String token = answer.path("access_token").asString("");
		if (token.isBlank()) {
			throw new RejectedException(this.graph.network(), "no_token", "Facebook answered without a token", false);
		}
		return token;
	}

	private static String secret(ChannelEndpoint endpoint) {
		return (endpoint.clientSecret() != null) ? endpoint.clientSecret() : "";
	}

}
