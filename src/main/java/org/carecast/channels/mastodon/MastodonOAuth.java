package org.carecast.channels.mastodon;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.oauth.OAuthForms;
import tools.jackson.databind.JsonNode;

/**
 * Mastodon's OAuth (platform-apis.md §1.1). Every instance is its own authorization
 * server, so Carecast registers itself once per instance and the caller caches the
 * resulting client; tokens never expire and there is no refresh.
 */
final class MastodonOAuth implements ChannelLogin {

	static final String SCOPES = "read:accounts read:statuses read:notifications write:statuses write:media";

	// A host name with an optional port, nothing else: the person types it, and it must
	// not smuggle in a path, credentials or a query.
	private static final Pattern HOST = Pattern.compile(
			"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,20}(?::[0-9]{1,5})?");

	private final NetworkHttp http;

	private final MastodonRequests requests;

	private final MastodonErrorReader errors;

	MastodonOAuth(NetworkHttp http, MastodonRequests requests, MastodonErrorReader errors) {
		this.http = http;
		this.requests = requests;
		this.errors = errors;
	}

	/**
	 * Registers Carecast on {@code host}. The scheme comes from the configured endpoint
	 * (https in production), the host from the person.
	 */
	ChannelEndpoint register(ChannelEndpoint configured, String host, URI redirectUri) {
		URI base = URI.create(configured.baseUrl().getScheme() + "://" + normalizeHost(host));
		ChannelEndpoint instance = new ChannelEndpoint(base, configured.apiVersion(), "", null);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_name", "Carecast");
		form.put("redirect_uris", redirectUri.toString());
		form.put("scopes", SCOPES);
		form.put("website", MastodonRequests.origin(redirectUri).toString());
		JsonNode app = this.http.safe(this.requests.postForm(instance, "/api/v1/apps", form, null), this.errors);
		String clientId = app.path("client_id").stringValue(null);
		String clientSecret = app.path("client_secret").stringValue(null);
		if (clientId == null || clientSecret == null) {
			throw new RejectedException(ChannelNetwork.MASTODON, "registration_incomplete",
					"The Mastodon instance did not return an app client", false);
		}
		return new ChannelEndpoint(base, configured.apiVersion(), clientId, clientSecret);
	}

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		Map<String, String> query = OAuthForms.authorizeQuery(request);
		query.put("scope", SCOPES);
		query.put("state", request.state());
		query.put("code_challenge", request.codeChallenge());
		query.put("code_challenge_method", "S256");
		return request.endpoint().resolve("/oauth/authorize?" + MastodonRequests.form(query));
	}

	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		Map<String, String> form = OAuthForms.codeGrantWithSecret(endpoint, code, redirectUri);
		form.put("code_verifier", codeVerifier);
		form.put("scope", SCOPES);
		JsonNode token = this.http.safe(this.requests.postForm(endpoint, "/oauth/token", form, null), this.errors);
		String accessToken = token.path("access_token").stringValue(null);
		if (accessToken == null || accessToken.isBlank()) {
			throw new RejectedException(ChannelNetwork.MASTODON, "no_token", "Mastodon did not issue a token", false);
		}
		JsonNode account = this.http
			.safe(this.requests.get(endpoint, "/api/v1/accounts/verify_credentials", accessToken), this.errors);
		String accountId = MastodonRequests.id(account.path("id").stringValue(null));
		String host = endpoint.baseUrl().getHost();
		String handle = "@" + account.path("username").stringValue(accountId) + "@" + host;
		return new ChannelCredentials(accessToken, null, null, accountId, handle, Map.of("instance", host));
	}

	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		throw new AuthorizationExpiredException(ChannelNetwork.MASTODON,
				"Mastodon tokens cannot be refreshed; the account must be connected again");
	}

	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_id", endpoint.clientId());
		form.put("client_secret", (endpoint.clientSecret() != null) ? endpoint.clientSecret() : "");
		form.put("token", credentials.accessToken());
		this.http.safe(this.requests.postForm(endpoint, "/oauth/revoke", form, null), this.errors);
	}

	static String normalizeHost(String typed) {
		String host = (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
		if (host.startsWith("https://")) {
			host = host.substring("https://".length());
		}
		if (host.endsWith("/")) {
			host = host.substring(0, host.length() - 1);
		}
		if (host.length() > 260 || !HOST.matcher(host).matches()) {
			throw new RejectedException(ChannelNetwork.MASTODON, "invalid_host", "Not a Mastodon server name", false);
		}
		return host;
	}

}
