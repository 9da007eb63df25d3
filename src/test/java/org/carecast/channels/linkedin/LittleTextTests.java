package org.carecast.channels.linkedin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LittleTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Flu shots (ages 6+)                       | Flu shots \\(ages 6+\\)
			#FluSeason starts                         | #FluSeason starts
			we're #1_fan                              | we're #1_fan
			(#flu)                                    | \\(\\#flu\\)
			a_b*c~d                                   | a\\_b\\*c\\~d
			email me @clinic <now>                    | email me \\@clinic \\<now\\>
			see https://x.example/a_(b)?q={1}~2       | see https://x.example/a_(b)?q={1}~2
			[link](urn:li:person:1)                   | \\[link\\]\\(urn:li:person:1\\)
			back\\slash {x}                           | back\\\\slash \\{x\\}
			""")
	void escapesReservedCharactersButKeepsLinksAndHashtags(String text, String escaped) {
		assertThat(LittleText.escape(text)).isEqualTo(escaped);
		assertThat(LittleText.same(LittleText.escape(text), text)).isTrue();
	}

	@Test
	void comparesTextAsLinkedInShowsIt() {
		assertThat(LittleText.same("Flu \\(today\\)", "Flu  (today)")).isTrue();
		assertThat(LittleText.same("Flu today", "Flu tomorrow")).isFalse();
		assertThat(LittleText.escape("ages 6|7")).isEqualTo("ages 6\\|7");
	}

}
