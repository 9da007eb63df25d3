package org.carecast.accounts.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginOutcomesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "jane.doe@riverside.example|j***@riverside.example",
			"  Jane.Doe@Riverside.Example |j***@riverside.example", "@nodomain|@***", "plainname|p***", "''|(empty)" })
	void failedSignInNamesAreMasked(String input, String expected) {
		assertThat(LoginOutcomes.maskEmail(input)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "'a@" + "x" + "'" })
	void hostileInputIsBounded(String input) {
		String huge = "a".repeat(5000) + "@" + "b".repeat(5000);
		assertThat(LoginOutcomes.maskEmail(huge).length()).isLessThan(200);
		assertThat(LoginOutcomes.maskEmail(input)).isEqualTo("a***@x");
	}

}
