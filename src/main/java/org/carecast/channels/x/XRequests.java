package org.carecast.channels.x;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.oauth.WebForms;

/**
 * Builds the HTTP requests X API v2 takes: bearer-authorised JSON calls for the user's
 * actions and form posts to the OAuth endpoints, where a confidential client
 * authenticates with Basic and a public one names itself in the body (platform-apis.md
 * §3.1).
 */
final class XRequests {

	private final NetworkHttp http;

	XRequests(NetworkHttp http) {
		this.http = http;
	}

	NetworkHttp http() {
		return this.http;
	}

	HttpRequest get(ChannelSession session, String pathAndQuery) {
		return bearer(session, pathAndQuery).GET().build();
	}

	HttpRequest delete(ChannelSession session, String path) {
		return bearer(session, path).DELETE().build();
	}

	HttpRequest postJson(ChannelSession session, String path, Object body) {
		return bearer(session, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.http.toJson(body)))
			.build();
	}

	HttpRequest.Builder bearer(ChannelSession session, String pathAndQuery) {
		return this.http.request(session.endpoint().resolve(pathAndQuery))
			.header("Authorization", "Bearer " + session.accessToken());
	}

	/**
	 * A form post to an OAuth endpoint; {@code fields} keep their order so requests are
	 * predictable.
	 */
	HttpRequest oauthForm(ChannelEndpoint endpoint, String path, Map<String, String> fields) {
		HttpRequest.Builder builder = this.http.request(endpoint.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded");
		if (isConfidential(endpoint)) {
			String pair = endpoint.clientId() + ":" + endpoint.clientSecret();
			builder.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
		}
		return builder.POST(HttpRequest.BodyPublishers.ofString(WebForms.form(fields))).build();
	}

	static boolean isConfidential(ChannelEndpoint endpoint) {
		return endpoint.clientSecret() != null && !endpoint.clientSecret().isBlank();
	}

}
