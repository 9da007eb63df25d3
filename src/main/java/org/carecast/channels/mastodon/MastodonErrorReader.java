package org.carecast.channels.mastodon;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.carecast.channels.http.PlainReason;
import org.carecast.channels.http.NetworkHttp.ErrorReader;
import tools.jackson.databind.JsonNode;

/**
 * How Mastodon reports errors (platform-apis.md §1.7): {@code {"error": "..."}}, plus
 * {@code error_description} on the OAuth endpoints, and {@code X-RateLimit-Reset} as an
 * ISO 8601 timestamp with microseconds.
 */
final class MastodonErrorReader implements ErrorReader {

	@Override
	public Kind classify(HttpResponse<byte[]> response, JsonNode body) {
		// A token without the scope Carecast needs is fixed only by connecting again,
		// just
		// like a revoked one.
		if (response.statusCode() == 403
				&& body.path("error").stringValue("").contains("outside the authorized scopes")) {
			return Kind.AUTHORIZATION;
		}
		return ErrorReader.super.classify(response, body);
	}

	@Override
	public String message(HttpResponse<byte[]> response, JsonNode body) {
		if (classify(response, body) == Kind.AUTHORIZATION) {
			// Fixed words: a server that echoes the token back must not put it in our
			// logs.
			return "Mastodon refused Carecast's authorization (" + response.statusCode() + ")";
		}
		String text = body.path("error_description").stringValue(null);
		if (text == null || text.isBlank()) {
			text = body.path("error").stringValue(null);
		}
		// PlainReason also hides token-like runs a server may echo back.
		return PlainReason.of(text, "Mastodon refused the request (" + response.statusCode() + ")");
	}

	@Override
	public Instant retryAt(HttpResponse<byte[]> response, JsonNode body) {
		return response.headers().firstValue("X-RateLimit-Reset").map(MastodonErrorReader::parseReset).orElse(null);
	}

	private static Instant parseReset(String value) {
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
