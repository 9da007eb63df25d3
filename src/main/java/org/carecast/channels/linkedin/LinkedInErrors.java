package org.carecast.channels.linkedin;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.carecast.channels.http.NetworkHttp.ErrorReader;
import org.carecast.channels.http.PlainReason;
import tools.jackson.databind.JsonNode;

/**
 * How LinkedIn reports errors (platform-apis.md §7.4, §7.7): JSON with {@code status},
 * {@code serviceErrorCode}, {@code code} and {@code message}, any of which may be
 * missing. LinkedIn sends no rate-limit headers: its limits are counted per day and reset
 * at midnight UTC, so a 429 waits for the next midnight as a daily cap. A 422 naming an
 * existing post URN is a duplicate, and its message is rewritten so that the URN can be
 * read back from the exception ({@link #duplicateOf}).
 */
final class LinkedInErrors implements ErrorReader {

	static final String DUPLICATE_PREFIX = "LinkedIn already has this post as ";

	private final Clock clock;

	LinkedInErrors(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Kind classify(HttpResponse<byte[]> response, JsonNode body) {
		if (response.statusCode() == 422 && duplicateUrn(body).isPresent()) {
			return Kind.DUPLICATE;
		}
		return ErrorReader.super.classify(response, body);
	}

	private static Optional<String> duplicateUrn(JsonNode body) {
		String message = body.path("message").asString("");
		boolean saysDuplicate = body.path("code").asString("").equals("DUPLICATE_POST")
				|| message.toLowerCase(Locale.ROOT).contains("duplicate");
		return saysDuplicate ? LinkedInUrns.postNamedIn(message) : Optional.empty();
	}

	@Override
	public String message(HttpResponse<byte[]> response, JsonNode body) {
		Optional<String> duplicate = duplicateUrn(body);
		if (response.statusCode() == 422 && duplicate.isPresent()) {
			return DUPLICATE_PREFIX + duplicate.get();
		}
		if (response.statusCode() == 426) {
			return "LinkedIn no longer accepts the configured API version; set a newer LinkedIn version";
		}
		return PlainReason.of(body.path("message").asString(""),
				"LinkedIn refused the request (" + response.statusCode() + ")");
	}

	@Override
	public Instant retryAt(HttpResponse<byte[]> response, JsonNode body) {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	@Override
	public boolean dailyCap(HttpResponse<byte[]> response, JsonNode body) {
		return true;
	}

	/** The existing post a duplicate rejection's message names. */
	static Optional<String> duplicateOf(String exceptionMessage) {
		if (exceptionMessage == null || !exceptionMessage.startsWith(DUPLICATE_PREFIX)) {
			return Optional.empty();
		}
		return LinkedInUrns.postNamedIn(exceptionMessage);
	}

}
