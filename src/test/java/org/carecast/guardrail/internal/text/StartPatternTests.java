package org.carecast.guardrail.internal.text;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trying only the possible starts must find what a full search finds.
 */
class StartPatternTests {

	private static final String[] WORDS = { "in", "may", "5", "12", "2024", "/", ".", "-", " ", "  ", ",", "x-may",
			"_may", "\u00e9may", "3/4/24", "room", "#12", "the", "14th", "\n", "mayo", "inn", "room1", "rooms 2",
			". " };

	@Test
	void findsWhatFindFinds() {
		Pattern pattern = Pattern
			.compile("\\b(?:in\\s)?(?:may|the)\\s\\d{1,2}(?:th)?\\b|(?<![\\w/.])\\d{1,2}/\\d{1,2}");
		StartPattern starts = StartPattern.atWordStart(pattern, "imt0123456789");
		Random random = new Random(11);
		for (int round = 0; round < 5000; round++) {
			StringBuilder text = new StringBuilder();
			int words = random.nextInt(14);
			for (int i = 0; i < words; i++) {
				text.append(WORDS[random.nextInt(WORDS.length)]);
			}
			String value = text.toString();
			assertThat(MatchSpans.of(starts.finder(value))).as(value).isEqualTo(MatchSpans.of(pattern.matcher(value)));
		}
	}

	@Test
	void findsWhatFindFindsFromWords() {
		Pattern pattern = Pattern.compile("\\b(?:in\\s)?(?:may|the|room)\\.?\\s?\\d{1,2}(?:th)?\\b");
		StartPattern starts = StartPattern.atWords(pattern, List.of("in", "may", "the", "room"));
		StartPattern fallback = StartPattern.atWords(pattern, List.of("in", "may", "the", "room", "x-ray"));
		Random random = new Random(13);
		for (int round = 0; round < 5000; round++) {
			StringBuilder text = new StringBuilder();
			int words = random.nextInt(14);
			for (int i = 0; i < words; i++) {
				text.append(WORDS[random.nextInt(WORDS.length)]);
			}
			String value = text.toString();
			List<String> expected = MatchSpans.of(pattern.matcher(value));
			assertThat(MatchSpans.of(starts.finder(value))).as(value).isEqualTo(expected);
			assertThat(MatchSpans.of(fallback.finder(value))).as(value).isEqualTo(expected);
		}
	}

	@Test
	void reportsGroups() {
		StartPattern starts = StartPattern.atWordStart(Pattern.compile("\\broom (\\d+)"), "r");
		StartPattern.Finder finder = starts.finder("bedroom 4, room 12 and room 7");
		assertThat(finder.find()).isTrue();
		assertThat(finder.group(1)).isEqualTo("12");
		assertThat(finder.start()).isEqualTo(11);
		assertThat(finder.find()).isTrue();
		assertThat(finder.group(1)).isEqualTo("7");
		assertThat(finder.find()).isFalse();
	}

}
