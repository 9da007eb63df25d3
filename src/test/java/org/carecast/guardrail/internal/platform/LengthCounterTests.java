package org.carecast.guardrail.internal.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

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
				assertThat(spans(urls.finder(value))).as(value).isEqualTo(regexSpans(urls.pattern().matcher(value)));
			}
		}
	}

	private static List<String> spans(StartPattern.Finder finder) {
		List<String> result = new ArrayList<>();
		while (finder.find()) {
			result.add(describe(finder));
		}
		return result;
	}

	private static List<String> regexSpans(Matcher matcher) {
		List<String> result = new ArrayList<>();
		while (matcher.find()) {
			result.add(describe(matcher));
		}
		return result;
	}

	private static String describe(MatchResult match) {
		return match.start() + "-" + match.end();
	}

}
