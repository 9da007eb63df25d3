package org.carecast.channels.bluesky;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.carecast.channels.http.PlainReason;
import org.carecast.channels.http.NetworkHttp.ErrorReader;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * How Bluesky reports errors (platform-apis.md §2.1, §2.7): {@code {"error": "<Name>",
 * "message": "<text>"}}; an expired or unknown access token is a 400
 * ({@code ExpiredToken}, {@code InvalidToken}), not a 401; {@code RateLimit-Reset} is in
 * unix seconds.
 */
final class BlueskyErrorReader implements ErrorReader {

	@Override
	public Kind classify(HttpResponse<byte[]> response, JsonNode body) {
		String name = errorName(body);
		if (response.statusCode() == 400 && ("ExpiredToken".equals(name) || "InvalidToken".equals(name))) {
			return Kind.AUTHORIZATION;
		}
		return ErrorReader.super.classify(response, body);
	}

	@Override
	public String message(HttpResponse<byte[]> response, JsonNode body) {
		if (classify(response, body) == Kind.AUTHORIZATION) {
			// Fixed words: a server that echoes a JWT back must not put it in our logs.
			return "Bluesky refused the session (" + response.statusCode() + ")";
		}
		String text = body.path("message").stringValue(null);
		if (text == null || text.isBlank()) {
			text = errorName(body);
		}
		// PlainReason also hides token-like runs a server may echo back.
		return PlainReason.of(text, "Bluesky refused the request (" + response.statusCode() + ")");
	}

	@Override
	public @Nullable Instant retryAt(HttpResponse<byte[]> response, JsonNode body) {
		String value = response.headers().firstValue("RateLimit-Reset").orElse(null);
		if (value == null) {
			return null;
		}
		try {
			return Instant.ofEpochSecond(Long.parseLong(value.strip()));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static @Nullable String errorName(JsonNode body) {
		return body.path("error").stringValue(null);
	}

}
