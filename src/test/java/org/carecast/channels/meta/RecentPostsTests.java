package org.carecast.channels.meta;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RecentPostsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final RecentPosts recent = new RecentPosts("message", "created_time");

	private final Instant notBefore = Instant.parse("2026-11-24T10:15:00Z");

	@Test
	void findsTheSameTextCreatedSinceTheFirstAttempt() {
		JsonNode listing = this.json.readTree("""
				{"data":[{"id":"a","message":"Other","created_time":"2026-11-24T10:16:00+0000"},
				         {"id":"b","message":"Flu shots\\nSaturday ","created_time":"2026-11-24T10:15:30+0000"}]}
				""");
		assertThat(this.recent.find(listing, "Flu shots\r\nSaturday", this.notBefore)).get()
			.satisfies((item) -> assertThat(item.path("id").asString()).isEqualTo("b"));
	}

	@Test
	void nearMissesAreNotOurs() {
		JsonNode listing = this.json.readTree("""
				{"data":[{"id":"early","message":"Flu shots","created_time":"2026-11-24T10:13:59+0000"},
				         {"id":"case","message":"flu shots","created_time":"2026-11-24T10:16:00+0000"},
				         {"id":"notime","message":"Flu shots"},
				         {"id":"badtime","message":"Flu shots","created_time":"yesterday"}]}
				""");
		assertThat(this.recent.find(listing, "Flu shots", this.notBefore)).isEmpty();
	}

	@Test
	void allowsAMinuteOfClockSlack() {
		JsonNode listing = this.json
			.readTree("{\"data\":[{\"id\":\"a\",\"message\":\"Hi\",\"created_time\":\"2026-11-24T10:14:01+0000\"}]}");
		assertThat(this.recent.find(listing, "Hi", this.notBefore)).isPresent();
	}

	@Test
	void oddListingsFindNothing() {
		for (String body : new String[] { "{}", "[]", "{\"data\":{}}", "{\"data\":[1,\"x\",null]}" }) {
			assertThat(this.recent.find(this.json.readTree(body), "Hi", this.notBefore)).as(body).isEmpty();
		}
	}

	@Test
	void graphTimeReadsBothOffsetStyles() {
		assertThat(GraphTime.parse("2026-11-24T10:15:00+0000")).contains(Instant.parse("2026-11-24T10:15:00Z"));
		assertThat(GraphTime.parse("2026-11-24T11:15:00+01:00")).contains(Instant.parse("2026-11-24T10:15:00Z"));
		assertThat(GraphTime.parse("2026-11-24")).isEmpty();
		assertThat(GraphTime.parse(null)).isEmpty();
	}

}
