package org.carecast.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SqlLikeTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Patel|%patel%", " 100% |%100\\%%", "a_b|%a\\_b%", "back\\slash|%back\\\\slash%" })
	void wildcardsTypedByPeopleAreLiteral(String search, String pattern) {
		assertThat(SqlLike.containing(search)).isEqualTo(pattern);
	}

}
