package org.carecast.guardrail.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ASCII fast path must cut exactly where {@code \X} does.
 */
class GraphemesTests {

	private static final String[] PIECES = { "a", "Z", " ", "\r", "\n", "\r\n", "\t", "#", "1", "\u20E3", "\uFE0F",
			"\u0301", "\u200D", "\uD83D\uDC68", "\uD83D\uDC4B", "\uD83C\uDFFD", "\uD83C\uDDFA", "\uD83C\uDDF8",
			"\u00e9", "\u6771", "\u1100", "\u1161", "\u11A8", "\u0915", "\u094D", "\u0600", "\u0903", "\u00A9",
			"\u2764", "\u00C4", "\u03A9", "\u03BC", "\u6771", "\u0308", "\u00AD", "\u0085", "\u02B0", "\u0482",
			"\u0483", "\u0488", "\u0400", "\u9FFF", "\u0D4E", "\u0600", "\u200C", "\u0345", "\u1F00" };

	@Test
	void cutsLikeTheRegex() {
		Random random = new Random(7);
		for (int round = 0; round < 20000; round++) {
			StringBuilder text = new StringBuilder();
			int pieces = 1 + random.nextInt(12);
			for (int i = 0; i < pieces; i++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String value = text.toString();
			int from = random.nextInt(value.length() + 1);
			int to = from + random.nextInt(value.length() - from + 1);
			assertThat(cuts(new Graphemes(value, from, to))).as(value).isEqualTo(regexCuts(value, from, to));
		}
	}

	@Test
	void keepsCarriageReturnLineFeedTogether() {
		assertThat(cuts(new Graphemes("a\r\nb"))).containsExactly("0:a", "1:\r\n", "3:b");
		assertThat(Graphemes.count("ok \uD83D\uDC4B\uD83C\uDFFD!")).isEqualTo(5);
	}

	private static List<String> cuts(Graphemes graphemes) {
		List<String> result = new ArrayList<>();
		while (graphemes.next()) {
			result.add(graphemes.start() + ":" + graphemes.cluster());
		}
		return result;
	}

	private static List<String> regexCuts(String text, int from, int to) {
		List<String> result = new ArrayList<>();
		Matcher matcher = Pattern.compile("\\X").matcher(text).region(from, to);
		while (matcher.find()) {
			result.add(matcher.start() + ":" + matcher.group());
		}
		return result;
	}

}
