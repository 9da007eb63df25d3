package org.carecast.channels.linkedin;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.oauth.WebForms;

/**
 * Builds LinkedIn's requests. Every call carries {@code LinkedIn-Version} (the endpoint's
 * configured {@code YYYYMM}) and {@code X-Restli-Protocol-Version: 2.0.0}
 * (platform-apis.md §7): without them the versioned API answers 426 or reads URNs the old
 * way. URNs in paths and queries are fully percent-encoded.
 */
final class LinkedInRequests {

	/**
	 * Used only when the endpoint names no version; versions retire after about a year.
	 */
	static final String FALLBACK_VERSION = "202610";

	private final NetworkHttp http;

	LinkedInRequests(NetworkHttp http) {
		this.http = http;
	}

	NetworkHttp http() {
		return this.http;
	}

	HttpRequest get(ChannelSession session, String pathAndQuery) {
		return bearer(session, session.endpoint().resolve(pathAndQuery)).GET().build();
	}

	HttpRequest delete(ChannelSession session, String path) {
		return bearer(session, session.endpoint().resolve(path)).DELETE().build();
	}

	HttpRequest postJson(ChannelSession session, String pathAndQuery, Object body) {
		return bearer(session, session.endpoint().resolve(pathAndQuery)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.http.toJson(body)))
			.build();
	}

	HttpRequest putBytes(ChannelSession session, URI uploadUrl, String mimeType, byte[] content) {
		return bearer(session, uploadUrl).header("Content-Type", mimeType)
			.PUT(HttpRequest.BodyPublishers.ofByteArray(content))
			.build();
	}

	HttpRequest.Builder bearer(ChannelSession session, URI uri) {
		return versioned(session.endpoint(), uri).header("Authorization", "Bearer " + session.accessToken());
	}

	/**
	 * A form post to LinkedIn's OAuth host, which takes the client secret in the body.
	 */
	HttpRequest oauthForm(ChannelEndpoint endpoint, String path, Map<String, String> fields) {
		return versioned(endpoint, URI.create(WebForms.webBase(endpoint, "www.") + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(WebForms.form(fields)))
			.build();
	}

	private HttpRequest.Builder versioned(ChannelEndpoint endpoint, URI uri) {
		String version = endpoint.apiVersion().isBlank() ? FALLBACK_VERSION : endpoint.apiVersion();
		return this.http.request(uri).header("LinkedIn-Version", version).header("X-Restli-Protocol-Version", "2.0.0");
	}

}
