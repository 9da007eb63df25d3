package org.carecast.guardrail.internal.literacy;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ASCII path counts exactly as the pattern rules do.
 */
class SyllablesTests {

	@Test
	void asciiPathAgreesWithThePatterns() {
		String alphabet = "aeiouylesdtbcrYEDLS'-.";
		Random random = new Random(3);
		for (int round = 0; round < 20000; round++) {
			StringBuilder word = new StringBuilder();
			int length = random.nextInt(9);
			for (int i = 0; i < length; i++) {
				word.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String value = word.toString();
			assertThat(Syllables.count(value)).as(value).isEqualTo(Syllables.countWithPatterns(value));
		}
		for (String value : new String[] { "created", "tables", "boxes", "yesterday", "queue", "hated", "faded",
				"PLAYED", "Hypertension", "mother-in-law", "it's" }) {
			assertThat(Syllables.count(value)).as(value).isEqualTo(Syllables.countWithPatterns(value));
		}
	}

}
