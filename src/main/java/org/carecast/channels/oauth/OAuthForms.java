package org.carecast.channels.oauth;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelEndpoint;

/**
 * The parameters every authorization code flow starts with (RFC 6749 §4.1), in the order
 * the clients have always sent them; each network adds its own (scope, state, PKCE) after
 * these. The maps are mutable and keep their order so requests stay predictable.
 */
public final class OAuthForms {

	private OAuthForms() {
	}

	/** {@code response_type}, {@code client_id} and {@code redirect_uri} (§4.1.1). */
	public static Map<String, String> authorizeQuery(AuthorizationRequest request) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", request.endpoint().clientId());
		query.put("redirect_uri", request.redirectUri().toString());
		return query;
	}

	/**
	 * The code redemption (§4.1.3) of a client that sends its secret in the body
	 * ({@code client_secret_post}, §2.3.1); a missing secret is sent blank.
	 */
	public static Map<String, String> codeGrantWithSecret(ChannelEndpoint endpoint, String code, URI redirectUri) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("client_id", endpoint.clientId());
		form.put("client_secret", (endpoint.clientSecret() != null) ? endpoint.clientSecret() : "");
		form.put("redirect_uri", redirectUri.toString());
		return form;
	}

}
