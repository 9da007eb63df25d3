package org.carecast.channels.meta;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MetaUsageTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void readsTheHighestPercentageAndTheLongestEstimate() {
		MetaUsage usage = MetaUsage.from(headers(Map.of("X-App-Usage",
				"{\"call_count\":28,\"total_cputime\":10,\"total_time\":15}", "X-Business-Use-Case-Usage",
				"{\"1\":[{\"type\":\"pages\",\"call_count\":90,\"total_cputime\":20,\"total_time\":22,"
						+ "\"estimated_time_to_regain_access\":12}],"
						+ "\"2\":[{\"type\":\"instagram\",\"call_count\":5,\"estimated_time_to_regain_access\":30}]}")),
				this.json);
		assertThat(usage.highestPercent()).isEqualTo(90);
		assertThat(usage.nearLimit()).isFalse();
		assertThat(usage.regainAt(this.clock)).contains(Instant.parse("2026-11-24T10:30:00Z"));
	}

	@Test
	void above90PercentIsNearTheLimit() {
		MetaUsage usage = MetaUsage.from(headers(Map.of("X-App-Usage", "{\"call_count\":1,\"total_time\":91}")),
				this.json);
		assertThat(usage.nearLimit()).isTrue();
		assertThat(usage.regainAt(this.clock)).isEmpty();
	}

	@Test
	void missingOrMalformedHeadersMeanNothingIsKnown() {
		for (String value : List.of("", "not json", "[1,2]", "{\"call_count\":\"lots\"}", "{\"x\":5}")) {
			MetaUsage usage = MetaUsage.from(headers(Map.of("X-App-Usage", value, "X-Business-Use-Case-Usage", value)),
					this.json);
			assertThat(usage.highestPercent()).as(value).isZero();
			assertThat(usage.regainAt(this.clock)).as(value).isEmpty();
		}
		assertThat(MetaUsage.from(headers(Map.of()), this.json)).isEqualTo(new MetaUsage(0, 0));
	}

	private static HttpHeaders headers(Map<String, String> values) {
		Map<String, List<String>> map = new java.util.HashMap<>();
		values.forEach((name, value) -> map.put(name, List.of(value)));
		return HttpHeaders.of(map, (name, value) -> true);
	}

}
