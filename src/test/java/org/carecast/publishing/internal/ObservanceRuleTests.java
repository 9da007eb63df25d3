package org.carecast.publishing.internal;

import java.time.LocalDate;

import org.carecast.publishing.DateSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ObservanceRuleTests {

	@ParameterizedTest(name = "{0} in {1} is {2} to {3}")
	@CsvSource(delimiter = '|', textBlock = """
			October                       | 2025 | 2025-10-01 | 2025-10-31
			February                      | 2024 | 2024-02-01 | 2024-02-29
			14 November                   | 2025 | 2025-11-14 | 2025-11-14
			1 December                    | 2030 | 2030-12-01 | 2030-12-01
			24 April, 7 days              | 2025 | 2025-04-24 | 2025-04-30
			last day of February          | 2024 | 2024-02-29 | 2024-02-29
			last day of February          | 2025 | 2025-02-28 | 2025-02-28
			second Thursday of March      | 2025 | 2025-03-13 | 2025-03-13
			second Sunday of May, 7 days  | 2025 | 2025-05-11 | 2025-05-17
			first Friday of February      | 2026 | 2026-02-06 | 2026-02-06
			third Thursday of November    | 2025 | 2025-11-20 | 2025-11-20
			last Monday of May            | 2025 | 2025-05-26 | 2025-05-26
			first week of December        | 2025 | 2025-12-01 | 2025-12-07
			second week of May            | 2025 | 2025-05-12 | 2025-05-18
			28 December, 7 days           | 2025 | 2025-12-28 | 2026-01-03
			""")
	void placesEachFormOnItsDays(String rule, int year, LocalDate first, LocalDate last) {
		assertThat(ObservanceRule.parse(rule).in(year)).isEqualTo(new DateSpan(first, last));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Octobre", "31 February", "29 February", "0 March", "fifth Monday of May",
			"14 November, 0 days", "14 November, 40 days", "14/11", "every day", "second week of Mayday",
			"14 November; drop table campaign" })
	void refusesWhatIsNotARuleOfEveryYear(String rule) {
		assertThatIllegalArgumentException().isThrownBy(() -> ObservanceRule.parse(rule));
	}

}
