package org.carecast.guardrail.internal.phi;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgeDateLocationTests {

	static List<Object[]> ages() {
		return List.of(new Object[] { "Our 89-year-old neighbour is doing well", List.of() },
				new Object[] { "a 93-year-old woman walked in", List.of("AGE:93-year-old") },
				new Object[] { "Interesting case: 94yo with a hip fracture", List.of("AGE:94yo") },
				new Object[] { "My mom is 91 and on warfarin", List.of("AGE:91") },
				new Object[] { "My grandma (95) keeps getting UTIs", List.of("AGE:95") },
				new Object[] { "Happy 100th birthday to our friend!", List.of("AGE:100th") },
				new Object[] { "He waited 90 minutes in the ER", List.of() },
				new Object[] { "her sats were 91% on room air", List.of() });
	}

	static List<Object[]> dates() {
		return List.of(new Object[] { "my son's dob 8/14/19 for the records", List.of("DATE:8/14/19") },
				new Object[] { "She was born at your hospital on oct 2.", List.of("DATE:oct 2") },
				new Object[] { "My ER visit on 1/28 was billed twice", List.of("DATE:1/28") },
				new Object[] { "He died peacefully on the 2nd with us there", List.of("DATE:the 2nd") },
				new Object[] { "Since my shot in March I have been bleeding", List.of("DATE:March") },
				new Object[] { "My last tetanus shot was in 2015", List.of() },
				new Object[] { "I felt fine yesterday and last week", List.of() },
				new Object[] { "Blood drive Friday 9/20, 8am\u20133pm in the lobby", List.of() },
				new Object[] { "Food here? 10/10, my kid agrees", List.of() },
				new Object[] { "Open 24/7 for my neighbours", List.of() },
				new Object[] { "Florence Nightingale was born on May 12, 1820.", List.of() },
				new Object[] { "Baby Sofia was born 11/3 at 2:14 a.m.!", List.of("NAME:Sofia", "DATE:11/3") });
	}

	static List<Object[]> locations() {
		return List.of(
				new Object[] { "My grandma was treated like royalty in room 302.", List.of("LOCATION:room 302") },
				new Object[] { "My dad lives at 45 Elm St in Ashford",
						List.of("LOCATION:45 Elm St", "LOCATION:Ashford") },
				new Object[] { "I live alone in Fairview. Not ok.", List.of("LOCATION:Fairview") },
				new Object[] { "Please update my address: ZIP 07030", List.of("LOCATION:07030") },
				new Object[] { "Flu clinic at 400 Market St every Saturday", List.of() },
				new Object[] { "treated for pneumonia in her own Fall River living room",
						List.of("LOCATION:Fall River") },
				new Object[] { "i'm at 1300 N Lake Shore Dr #1402, Chicago IL 60610 and stuck",
						List.of("LOCATION:1300 N Lake Shore Dr #1402", "LOCATION:Chicago", "LOCATION:60610") },
				new Object[] { "My appointment is in Spanish, in England", List.of() },
				new Object[] { "Our 5 North and 4 West units are full", List.of() });
	}

	@ParameterizedTest
	@MethodSource("ages")
	void agesOverEightyNine(String text, List<String> expected) {
		assertThat(PhiFixture.found(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("dates")
	void datesMoreSpecificThanAYear(String text, List<String> expected) {
		assertThat(PhiFixture.found(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("locations")
	void placesTiedToAPatient(String text, List<String> expected) {
		assertThat(PhiFixture.found(text)).isEqualTo(expected);
	}

}
