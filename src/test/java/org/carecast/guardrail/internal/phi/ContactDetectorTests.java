package org.carecast.guardrail.internal.phi;

import java.util.List;
import java.util.Set;

import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.Policy;
import org.carecast.guardrail.ScanContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDetectorTests {

	static List<Object[]> cases() {
		return List.of(
				new Object[] { "text me when my glasses are ready 917-555-0128 thx", List.of("CONTACT:917-555-0128") },
				new Object[] { "Best number is (312) 555-0147. Thanks!", List.of("CONTACT:(312) 555-0147") },
				new Object[] { "ring me back on 07700 900123 please", List.of("CONTACT:07700 900123") },
				new Object[] { "call me on +44 7700 900123 tomorrow", List.of("CONTACT:+44 7700 900123") },
				new Object[] { "Questions? Call (555) 014-2200 or visit our site", List.of() },
				new Object[] { "¿Pueden llamarme al 213-555-0177?", List.of("CONTACT:213-555-0177") },
				new Object[] { "email me at sbhatt.home@gmail.com.", List.of("CONTACT:sbhatt.home@gmail.com") },
				new Object[] { "RSVP: events@riverbendhealth.org", List.of() },
				new Object[] { "login blocked from 198.51.100.23.", List.of("CONTACT:198.51.100.23") },
				new Object[] { "not an address: 999.51.100.23", List.of() },
				new Object[] { "router 2001:db8::ff00:42:8329 keeps dropping",
						List.of("CONTACT:2001:db8::ff00:42:8329") },
				new Object[] { "Meet at 10:30:00 sharp", List.of() },
				new Object[] { "Donate: gofundme.com/f/some-family-fund today",
						List.of("CONTACT:gofundme.com/f/some-family-fund") },
				new Object[] { "Read more: riverbendhealth.org/flu", List.of() });
	}

	@ParameterizedTest
	@MethodSource("cases")
	void findsPersonalContactsOnly(String text, List<String> expected) {
		assertThat(PhiFixture.found(text)).isEqualTo(expected);
	}

	@Test
	void organizationsOwnContactsAreNotPhi() {
		ScanContext context = ScanContext.of(Direction.OUTBOUND_REPLY, Network.X)
			.withPolicy(Policy.defaults().withOwnContacts(Set.of("(917) 555-0128", "care@example.org")));
		assertThat(PhiFixture.found("call me back at 917-555-0128 or care@example.org", context)).isEmpty();
	}

}
