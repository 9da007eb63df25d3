package org.carecast.channels.bluesky;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

/**
 * App-password sessions (platform-apis.md §2.1 A): {@code createSession} once,
 * {@code refreshSession} with the refresh JWT when the access JWT expires (the refresh
 * JWT rotates, so the caller must persist both), {@code deleteSession} to sign out.
 */
final class BlueskySessions {

	// The PDS default when the JWT's own expiry cannot be read.
	private static final Duration ACCESS_LIFETIME = Duration.ofMinutes(120);

	private final NetworkHttp http;

	private final XrpcRequests requests;

	private final BlueskyErrorReader errors;

	private final Clock clock;

	BlueskySessions(NetworkHttp http, XrpcRequests requests, BlueskyErrorReader errors, Clock clock) {
		this.http = http;
		this.requests = requests;
		this.errors = errors;
		this.clock = clock;
	}

	ChannelCredentials signIn(ChannelEndpoint endpoint, String identifier, String appPassword) {
		ObjectNode body = this.http.json().createObjectNode();
		body.put("identifier", identifier.strip());
		body.put("password", appPassword);
		try {
			return credentials(this.http
				.safe(this.requests.procedure(endpoint, "com.atproto.server.createSession", null, body), this.errors));
		}
		catch (AuthorizationExpiredException ex) {
			throw new RejectedException(ChannelNetwork.BLUESKY, "AuthenticationRequired",
					"Bluesky did not accept that handle and app password", false);
		}
	}

	ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials current) {
		if (current.refreshToken() == null) {
			throw new AuthorizationExpiredException(ChannelNetwork.BLUESKY,
					"There is no Bluesky session to refresh; the account must be connected again");
		}
		return credentials(this.http.safe(this.requests.procedureWithoutBody(endpoint,
				"com.atproto.server.refreshSession", current.refreshToken()), this.errors));
	}

	void signOut(ChannelEndpoint endpoint, ChannelCredentials current) {
		if (current.refreshToken() != null) {
			this.http.safe(this.requests.procedureWithoutBody(endpoint, "com.atproto.server.deleteSession",
					current.refreshToken()), this.errors);
		}
	}

	private ChannelCredentials credentials(JsonNode session) {
		String accessJwt = session.path("accessJwt").stringValue(null);
		String refreshJwt = session.path("refreshJwt").stringValue(null);
		String did = session.path("did").stringValue(null);
		if (accessJwt == null || refreshJwt == null || did == null || !did.startsWith("did:")) {
			throw new RejectedException(ChannelNetwork.BLUESKY, "incomplete_session",
					"Bluesky answered without a complete session", false);
		}
		Map<String, String> extra = new HashMap<>();
		for (JsonNode service : session.path("didDoc").path("service")) {
			if (service.path("id").stringValue("").endsWith("#atproto_pds")) {
				extra.put("pds", service.path("serviceEndpoint").stringValue(""));
			}
		}
		Instant expiresAt = expiry(accessJwt);
		return new ChannelCredentials(accessJwt, refreshJwt,
				(expiresAt != null) ? expiresAt : this.clock.instant().plus(ACCESS_LIFETIME), did,
				session.path("handle").stringValue(""), extra);
	}

	/** The {@code exp} claim of a JWT, read without checking it: the PDS checks it. */
	private @Nullable Instant expiry(String jwt) {
		String[] parts = jwt.split("\\.", -1);
		if (parts.length != 3) {
			return null;
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
			JsonNode claims = this.http.json().readTree(new String(payload, StandardCharsets.UTF_8));
			return claims.path("exp").isIntegralNumber() ? Instant.ofEpochSecond(claims.path("exp").asLong()) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
