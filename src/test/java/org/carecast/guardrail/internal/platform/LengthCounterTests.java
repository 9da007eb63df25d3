package org.carecast.guardrail.internal.platform;

import java.util.List;
import java.util.Random;

import org.carecast.guardrail.internal.text.MatchSpans;
import org.carecast.guardrail.internal.text.StartPattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URL patterns, tried only where a link can start, find what a full search finds.
 */
class LengthCounterTests {

	private static final String[] PIECES = { "http", "https", "HTTPS", "://", "www", ".", "com", "org", "health", "a",
			"x-y", "_", "@", "/", "path", " ", "\n", "9", "Clinic", "\u00e9", "-", ":", "co", "uk" };

	@Test
	void findsTheLinksAFullSearchFinds() {
		Random random = new Random(5);
		for (int round = 0; round < 20000; round++) {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(12);
			for (int i = 0; i < pieces; i++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String value = text.toString();
			for (StartPattern urls : List.of(LengthCounter.URL, LengthCounter.SCHEME_URL)) {
				assertThat(MatchSpans.of(urls.finder(value))).as(value)
					.isEqualTo(MatchSpans.of(urls.pattern().matcher(value)));
			}
		}
	}

}
