package org.carecast.guardrail.internal.misinformation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyIndexTests {

	@Test
	void findsKeysByOpeningWordOrStem() {
		List<KeyPattern> keys = List.of(KeyPattern.compile("vaccin*|mmr + autis*"), KeyPattern.compile("5g + covid*"),
				KeyPattern.compile("bleach|chlorine dioxide + cure*"));
		KeyIndex index = new KeyIndex(keys);
		assertThat(candidates(index, "Vaccinations are safe")).containsExactly(0);
		assertThat(candidates(index, "the MMR shot and 5G towers")).containsExactly(0, 1);
		assertThat(candidates(index, "chlorine is in pools")).containsExactly(2);
		assertThat(candidates(index, "vacc and autism")).isEmpty();
		assertThat(candidates(index, "")).isEmpty();
	}

	/**
	 * The index only narrows: every built-in key that could occur in a text is among the
	 * candidates, on the claim base's own myths and paraphrases and on texts that share
	 * no words with them.
	 */
	@Test
	void neverDropsAKeyThatCouldOccur() {
		List<Claim> claims = ClaimBase.load().claims();
		List<KeyPattern> keys = claims.stream().flatMap((c) -> c.keys().stream()).map(KeyPattern::compile).toList();
		KeyIndex index = new KeyIndex(keys);
		List<String> texts = new ArrayList<>();
		claims.forEach((c) -> {
			texts.add(c.myth());
			texts.addAll(c.paraphrases());
		});
		texts.addAll(List.of("When is the flu clinic open on Saturday?", "I don't want to be here anymore.",
				"Can I take ibuprofen with my blood pressure pills?", "🙏🙏 ok"));
		int possible = 0;
		for (String text : texts) {
			Vocabulary vocabulary = vocabulary(text);
			BitSet candidates = index.candidates(vocabulary);
			for (int k = 0; k < keys.size(); k++) {
				if (keys.get(k).mayOccur(vocabulary)) {
					possible++;
					assertThat(candidates.get(k)).as("key %s in %s", keys.get(k).source(), text).isTrue();
				}
			}
		}
		assertThat(possible).as("keys that could occur in the myths themselves").isGreaterThan(claims.size() / 2);
	}

	private static List<Integer> candidates(KeyIndex index, String text) {
		return index.candidates(vocabulary(text)).stream().boxed().toList();
	}

	private static Vocabulary vocabulary(String text) {
		return new Vocabulary(Words.words(text.toLowerCase(Locale.ROOT)));
	}

}
