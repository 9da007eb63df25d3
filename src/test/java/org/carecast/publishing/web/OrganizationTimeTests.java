package org.carecast.publishing.web;

import java.time.Instant;
import java.time.ZoneId;

import org.carecast.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationTimeTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@ParameterizedTest(name = "{0} in New York is {1}")
	@CsvSource({ "2025-01-15T09:00, 2025-01-15T14:00:00Z", // winter, UTC-5
			"2025-07-15T09:00, 2025-07-15T13:00:00Z", // summer, UTC-4
			"2025-03-09T02:30, 2025-03-09T07:30:00Z", // skipped by the spring change:
														// moves on
			"2025-11-02T01:30, 2025-11-02T05:30:00Z" // occurs twice in autumn: the
														// earlier one
	})
	void localTimesBecomeTheRightInstantAcrossDaylightSaving(String local, String utc) {
		assertThat(OrganizationTime.parse(local, NEW_YORK)).isEqualTo(Instant.parse(utc));
	}

	@Test
	void instantsAreShownAndEditedInTheOrganizationsZone() {
		Instant summer = Instant.parse("2025-07-15T13:00:00Z");
		assertThat(OrganizationTime.input(summer, NEW_YORK)).isEqualTo("2025-07-15T09:00");
		assertThat(OrganizationTime.shown(summer, NEW_YORK)).isEqualTo("Tue 15 Jul 2025, 09:00 EDT");
		assertThat(OrganizationTime.shown(Instant.parse("2025-01-15T14:00:00Z"), NEW_YORK)).endsWith("09:00 EST");
	}

	@Test
	void blankIsNoTimeAndNonsenseIsRefusedWithoutEchoingIt() {
		assertThat(OrganizationTime.parse("  ", NEW_YORK)).isNull();
		assertThatThrownBy(() -> OrganizationTime.parse("<script>alert(1)</script>", NEW_YORK))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageNotContaining("script");
	}

}
