package org.carecast.guardrail.internal.phi;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdDetectorTests {

	static List<Object[]> cases() {
		return List.of(new Object[] { "My SSN is 512-44-9083, please update it", List.of("ID:512-44-9083") },
				new Object[] { "SSN 000-44-9083 is not a real area", List.of() },
				new Object[] { "That 666-12-3456 number is invalid", List.of() },
				new Object[] { "Area 9xx never issued: 912-44-9083", List.of() },
				new Object[] { "Group 00 is invalid: 512-00-9083", List.of() },
				new Object[] { "A zero serial is invalid: 512-44-0000", List.of() },
				new Object[] { "The pt's Medicare # (1EG4-TE5-MK73) was on the fax", List.of("ID:1EG4-TE5-MK73") },
				new Object[] { "found under MRN 00482913 today", List.of("ID:00482913") },
				new Object[] { "my medicaid id is MC 771 204 558", List.of("ID:MC 771 204 558") },
				new Object[] { "NHS number 485 777 3456, postcode SE15 4QZ",
						List.of("ID:485 777 3456", "LOCATION:SE15 4QZ") },
				new Object[] { "my car VIN 1M8GDM9AXKP042788 got towed", List.of("ID:1M8GDM9AXKP042788") },
				new Object[] { "a VIN-like code 1M8GDM9A1KP042788 with a bad check digit", List.of() },
				new Object[] { "Plate 8TRX221, it was on my windshield", List.of("ID:8TRX221") },
				new Object[] { "her insulin pump (serial 4G7H-22918) keeps alarming", List.of("ID:4G7H-22918") },
				new Object[] { "username jrivera_1990, reset link never arrives", List.of("ID:jrivera_1990") },
				new Object[] { "Card 4111 1111 1111 1111 was charged twice", List.of("ID:4111 1111 1111 1111") },
				new Object[] { "lot L23-0417B made me dizzy", List.of() },
				new Object[] { "Class of 2024 and ref 312-HCA-0624", List.of() });
	}

	@ParameterizedTest
	@MethodSource("cases")
	void findsIdentifiersAndSkipsNearMisses(String text, List<String> expected) {
		assertThat(PhiFixture.found(text)).isEqualTo(expected);
	}

}
