package org.carecast.channels.x;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import org.carecast.channels.http.NetworkHttp.ErrorReader;
import org.carecast.channels.http.PlainReason;
import tools.jackson.databind.JsonNode;

/**
 * How X API v2 reports errors (platform-apis.md §3.7): problem JSON with {@code title}
 * and {@code detail}, a 403 for duplicate content (§3.4), and rate limits as
 * {@code x-rate-limit-reset} epoch seconds plus, on some write endpoints, 24-hour
 * {@code x-user-limit-24hour-*} and {@code x-app-limit-24hour-*} headers.
 *
 * <p>
 * The 400 problem's {@code errors[].message} quotes the values that were sent, so only
 * {@code detail} and {@code title} become reasons.
 */
final class XErrors implements ErrorReader {

	private static final String[] DAILY_PREFIXES = { "x-user-limit-24hour-", "x-app-limit-24hour-" };

	@Override
	public Kind classify(HttpResponse<byte[]> response, JsonNode body) {
		if (response.statusCode() == 403 && isDuplicate(body)) {
			return Kind.DUPLICATE;
		}
		return ErrorReader.super.classify(response, body);
	}

	private static boolean isDuplicate(JsonNode body) {
		return body.path("detail").asString("").toLowerCase(Locale.ROOT).contains("duplicate content");
	}

	@Override
	public String message(HttpResponse<byte[]> response, JsonNode body) {
		String fallback = "X refused the request (" + response.statusCode() + ")";
		JsonNode detail = body.path("detail");
		if (detail.isString()) {
			return PlainReason.of(detail.asString(), fallback);
		}
		JsonNode title = body.path("title");
		return title.isString() ? PlainReason.of(title.asString(), fallback) : fallback;
	}

	/**
	 * The 24-hour reset when a daily quota is spent (waiting for the 15-minute window
	 * would only hit the cap again), otherwise the 15-minute window's reset.
	 */
	@Override
	public Instant retryAt(HttpResponse<byte[]> response, JsonNode body) {
		Instant daily = null;
		for (String prefix : DAILY_PREFIXES) {
			if (spent(response, prefix)) {
				OptionalLong reset = number(response, prefix + "reset");
				if (reset.isPresent()) {
					Instant at = Instant.ofEpochSecond(reset.getAsLong());
					daily = (daily == null || at.isAfter(daily)) ? at : daily;
				}
			}
		}
		if (daily != null) {
			return daily;
		}
		OptionalLong reset = number(response, "x-rate-limit-reset");
		return reset.isPresent() ? Instant.ofEpochSecond(reset.getAsLong()) : null;
	}

	@Override
	public boolean dailyCap(HttpResponse<byte[]> response, JsonNode body) {
		for (String prefix : DAILY_PREFIXES) {
			if (spent(response, prefix)) {
				return true;
			}
		}
		return false;
	}

	private static boolean spent(HttpResponse<byte[]> response, String prefix) {
		OptionalLong remaining = number(response, prefix + "remaining");
		return remaining.isPresent() && remaining.getAsLong() <= 0;
	}

	private static OptionalLong number(HttpResponse<byte[]> response, String header) {
		return response.headers()
			.firstValue(header)
			.map(String::strip)
			.filter((v) -> v.matches("\\d{1,19}"))
			.map((v) -> {
				try {
					return OptionalLong.of(Long.parseLong(v));
				}
				catch (NumberFormatException ex) {
					return OptionalLong.empty();
				}
			})
			.orElse(OptionalLong.empty());
	}

}
