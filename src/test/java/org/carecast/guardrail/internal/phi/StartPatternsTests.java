package org.carecast.guardrail.internal.phi;

import java.util.List;
import java.util.Random;

import org.carecast.guardrail.internal.text.MatchSpans;
import org.carecast.guardrail.internal.text.StartPattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact and age patterns, tried only where a match can start, find what a full
 * search finds.
 */
class StartPatternsTests {

	private static final String[] PIECES = { "jane.doe", "_x", "%", "+", "-", "@", "example.com", ".", " ", "\n",
			"https://", "www.", "gofundme.com/f/", "x.com/", "fb.com", "555", "-201-", "3344", "(555) ", "+44 ", "1",
			"0", "20", "7946", "192.168.0.1", "fe80::1", "a:b:c", "::", "93", "-year-old", " years old", "101st",
			" birthday", "yo", "is ", "(95)", ", 96,", "$", "#", "/", ":", "9.5", "abc", "\u00e9", "GB82", "WEST",
			"1234", "5678", " ", "-", "123-45-6789", "4111", "DE89", "3704" };

	@Test
	void findWhatAFullSearchFinds() {
		List<StartPattern> patterns = List.of(ContactDetector.EMAIL_STARTS, ContactDetector.URL_STARTS,
				ContactDetector.PHONE_STARTS, ContactDetector.IPV4_STARTS, ContactDetector.IPV6_STARTS,
				AgeDetector.WITH_UNIT_STARTS, AgeDetector.BIRTHDAY_STARTS, AgeDetector.BARE_STARTS,
				IdDetector.SSN_STARTS, IdDetector.CARD_STARTS, IdDetector.IBAN_STARTS);
		Random random = new Random(19);
		for (int round = 0; round < 20000; round++) {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(10);
			for (int i = 0; i < pieces; i++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String value = text.toString();
			for (StartPattern pattern : patterns) {
				assertThat(MatchSpans.of(pattern.finder(value))).as(pattern.pattern() + " in " + value)
					.isEqualTo(MatchSpans.of(pattern.pattern().matcher(value)));
			}
		}
	}

}
