package org.carecast.guardrail.internal.phi;

import java.util.List;
import java.util.Set;

import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.ScanContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameDetectorTests {

	static List<Object[]> cases() {
		return List.of(new Object[] { "So grateful to my mom Linda for sitting with me", List.of("NAME:Linda") },
				new Object[] { "Told him maybe after lunch, Mr. Castellano.", List.of("NAME:Castellano") },
				new Object[] { "Hi Daniel, we're so sorry about the wait.", List.of("NAME:Daniel") },
				new Object[] { "Grand rounds: a patient (initials T.H.) with jaundice", List.of("NAME:T.H.") },
				new Object[] { "Will call to rebook. \u2014 D. Okonkwo", List.of("NAME:D. Okonkwo") },
				new Object[] { "Pt Ramirez denies chest pain.", List.of("NAME:Ramirez") },
				new Object[] { "Happy birthday to Dorothy Mae Pruitt! Dorothy, you are a treasure",
						List.of("NAME:Dorothy Mae Pruitt", "NAME:Dorothy") },
				new Object[] { "Keep fighting, Brayden! #BraydenStrong", List.of("NAME:Brayden", "NAME:Brayden") },
				new Object[] { "My husband Dale Prentice hasn't eaten in 2 days", List.of("NAME:Dale Prentice") },
				new Object[] { "Thank you to Dr. Amara Singh and every nurse on that floor", List.of() },
				new Object[] { "Shout out to Nurse Kelly on 5 North", List.of() },
				new Object[] { "Special thanks to preceptors Lena Fischer and Marcus Oyelaran.", List.of() },
				new Object[] { "Congratulations to Tamika Boyd, RN! Tamika has worked here 18 years.", List.of() },
				new Object[] { "The nurses played Taylor Swift for him every night", List.of() },
				new Object[] { "Our Patient Relations team will reach out today.", List.of() },
				new Object[] { "Link in bio for the Winter flu clinic", List.of() },
				new Object[] { "how do i get my son jaxon's shot records? his name is jaxon",
						List.of("NAME:jaxon", "NAME:jaxon") },
				new Object[] { "my son will be there and my mom is fine", List.of() },
				new Object[] { "Big thanks to Maria, Kevin and the whole 3 West team!", List.of() },
				new Object[] { "Sending love to Xiomara and her family tonight", List.of("NAME:Xiomara") },
				new Object[] { "Can't wait to see you soon, Dr. Obi", List.of() },
				new Object[] { "Welcome to the team, Jessica Tran! Jessica joins our clinic as an NP.", List.of() },
				new Object[] { "A walk around Lake Merritt with our rehab team", List.of() },
				new Object[] { "Thank you for caring for my dad Bob and the whole family", List.of("NAME:Bob") },
				new Object[] { "Today we remember Henrietta Lacks, whose cells changed medicine", List.of() });
	}

	@ParameterizedTest
	@MethodSource("cases")
	void judgesNamesByContext(String text, List<String> expected) {
		assertThat(PhiFixture.found(text)).isEqualTo(expected);
	}

	@Test
	void patientHandlesAreNamesButOrganizationHandlesAreNot() {
		ScanContext reply = ScanContext.of(Direction.OUTBOUND_REPLY, Network.X);
		assertThat(PhiFixture.found("@NanaJune42 We're so sorry to hear about the fall.", reply))
			.containsExactly("NAME:@NanaJune42");
		assertThat(PhiFixture.found("@RiverbendHealth where can I get a flu shot?", reply)).isEmpty();
	}

	@Test
	void staffDirectoryNamesAreNotFlagged() {
		ScanContext context = ScanContext.of(Direction.OUTBOUND_POST, Network.FACEBOOK)
			.withStaffNames(Set.of("Carla Mendes"));
		assertThat(PhiFixture.found("Huge thanks to Carla Mendes for the cake today!", context)).isEmpty();
		assertThat(PhiFixture.found("Huge thanks to Carla Mendes for the cake today!")).contains("NAME:Carla Mendes");
	}

}
