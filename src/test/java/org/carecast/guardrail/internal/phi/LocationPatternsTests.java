package org.carecast.guardrail.internal.phi;

import java.util.List;
import java.util.Random;

import org.carecast.guardrail.internal.text.MatchSpans;
import org.carecast.guardrail.internal.text.StartPattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The place patterns, tried only where a match can start or when the text has what they
 * need, find what a full search finds.
 */
class LocationPatternsTests {

	private static final String[] PIECES = { "zip", "ZIP", "Zip code", "postcode", "SD", "sd", "Ny", "A", "B1", "SW1A",
			"1AA", "12345", "-6789", "1", " ", ",", ", ", "\t", "Yankton", "Sioux Falls", "\u00c4\u00d6", "x", "_", "9",
			"\n", "EC1A 1BB", "M1 1AE" };

	@Test
	void findWhatAFullSearchFinds() {
		Random random = new Random(17);
		for (int round = 0; round < 20000; round++) {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(10);
			for (int i = 0; i < pieces; i++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String value = text.toString();
			for (StartPattern pattern : List.of(LocationDetector.ZIP, LocationDetector.POSTCODE)) {
				assertThat(MatchSpans.of(pattern.finder(value))).as(value)
					.isEqualTo(MatchSpans.of(pattern.pattern().matcher(value)));
			}
			if (LocationDetector.TOWN_STATE.pattern().matcher(value).find()) {
				assertThat(LocationDetector.mayNameState(value)).as(value).isTrue();
			}
		}
	}

}
