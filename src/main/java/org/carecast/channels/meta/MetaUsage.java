package org.carecast.channels.meta;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Meta's usage headers say about the budget: {@code X-App-Usage} (platform limit)
 * and {@code X-Business-Use-Case-Usage} (Page and Instagram limits). Both are JSON
 * strings of percentages; the business one also says, in minutes, when access returns.
 *
 * @param highestPercent the highest percentage used in any budget
 * @param regainMinutes the longest {@code estimated_time_to_regain_access}, 0 if none
 */
public record MetaUsage(int highestPercent, long regainMinutes) {

	/** Above this share of a budget Meta asks apps to slow down before it throttles. */
	public static final int THROTTLE_PERCENT = 90;

	private static final String[] PERCENT_FIELDS = { "call_count", "total_cputime", "total_time" };

	public static MetaUsage from(HttpHeaders headers, JsonMapper json) {
		int percent = 0;
		long minutes = 0;
		JsonNode app = read(headers, "X-App-Usage", json);
		percent = Math.max(percent, highest(app));
		JsonNode business = read(headers, "X-Business-Use-Case-Usage", json);
		for (JsonNode entries : business) {
			for (JsonNode entry : entries) {
				percent = Math.max(percent, highest(entry));
				minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asLong(0));
			}
		}
		return new MetaUsage(percent, minutes);
	}

	public boolean nearLimit() {
		return this.highestPercent > THROTTLE_PERCENT;
	}

	/** When Meta estimates access returns, if it said. */
	public Optional<Instant> regainAt(Clock clock) {
		return (this.regainMinutes > 0) ? Optional.of(clock.instant().plus(Duration.ofMinutes(this.regainMinutes)))
				: Optional.empty();
	}

	private static int highest(JsonNode usage) {
		int percent = 0;
		for (String field : PERCENT_FIELDS) {
			percent = Math.max(percent, usage.path(field).asInt(0));
		}
		return percent;
	}

	private static JsonNode read(HttpHeaders headers, String name, JsonMapper json) {
		Optional<String> value = headers.firstValue(name);
		if (value.isEmpty() || value.get().isBlank()) {
			return json.missingNode();
		}
		try {
			JsonNode node = json.readTree(value.get());
			return node.isObject() ? node : json.missingNode();
		}
		catch (JacksonException ex) {
			// A malformed header only costs us the early warning.
			return json.missingNode();
		}
	}

}
