package org.carecast.publishing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObservancesTests {

	private final Observances observances = new Observances();

	@Test
	void theBuiltInCalendarHasAboutFortyObservancesEachWithItsSource() {
		assertThat(this.observances.all()).hasSizeGreaterThanOrEqualTo(40).allSatisfy((o) -> {
			assertThat(o.url().getScheme()).isEqualTo("https");
			assertThat(o.organizer()).isNotBlank();
			assertThat(o.topic()).isNotBlank();
			for (int year = 2024; year <= 2030; year++) {
				assertThat(o.in(year).first().getYear()).isEqualTo(year);
			}
		});
	}

	@Test
	void wellKnownObservancesFallOnTheirDays() {
		assertThat(span("breast-cancer-awareness-month", 2025))
			.isEqualTo(new DateSpan(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)));
		assertThat(span("world-diabetes-day", 2025))
			.isEqualTo(new DateSpan(LocalDate.of(2025, 11, 14), LocalDate.of(2025, 11, 14)));
		assertThat(span("national-immunization-awareness-month", 2026))
			.isEqualTo(new DateSpan(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)));
		assertThat(span("world-aids-day", 2025))
			.isEqualTo(new DateSpan(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1)));
		assertThat(span("mental-health-awareness-month", 2025).first()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(span("world-heart-day", 2025).first()).isEqualTo(LocalDate.of(2025, 9, 29));
		assertThat(span("rare-disease-day", 2028).first()).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void betweenFindsWhatOverlapsTheRangeEarliestFirst() {
		List<Observance.Occurrence> november = this.observances.between(LocalDate.of(2025, 11, 10),
				LocalDate.of(2025, 11, 16));
		assertThat(november).extracting((o) -> o.observance().key())
			.contains("national-diabetes-month", "lung-cancer-awareness-month", "world-diabetes-day")
			.doesNotContain("world-aids-day", "world-prematurity-day");
		assertThat(november).extracting((o) -> o.span().first()).isSorted();
		// A week-long observance that starts in December is found in January.
		assertThat(this.observances.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
			.extracting((o) -> o.observance().key())
			.contains("cervical-health-awareness-month");
	}

	@Test
	void findsByKeyAndNothingForUnknownKeys() {
		assertThat(this.observances.find("world-aids-day")).get()
			.satisfies((o) -> assertThat(o.organizer()).isEqualTo("UNAIDS"));
		assertThat(this.observances.find("../../etc/passwd")).isEmpty();
	}

	private DateSpan span(String key, int year) {
		return this.observances.find(key).orElseThrow().in(year);
	}

}
