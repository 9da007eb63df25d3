package org.carecast.channels.bluesky;

import java.util.List;
import java.util.Random;

import org.carecast.channels.RejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class BlueskyTextTests {

	// platform-apis.md §0.3, from the Bluesky posting guide.
	private static final String VECTOR = "✨ example mentioning @atproto.com to share the URL 👨‍❤️‍👨 https://en.wikipedia.org/wiki/CBOR.";

	private final FacetScanner scanner = new FacetScanner();

	@Test
	void countsTheGuideVectorLikeBluesky() {
		assertThat(BlueskyText.graphemes(VECTOR)).isEqualTo(88);
		assertThat(VECTOR.codePointCount(0, VECTOR.length())).isEqualTo(93);
		assertThat(BlueskyText.utf8Length(VECTOR)).isEqualTo(109);
	}

	@Test
	void findsTheGuideVectorsMentionAndLinkAtTheirByteOffsets() {
		List<FacetSpan> spans = this.scanner.scan(VECTOR);

		assertThat(spans).extracting(FacetSpan::kind).containsExactly(FacetSpan.Kind.MENTION, FacetSpan.Kind.LINK);
		assertThat(bytes(VECTOR, spans.get(0))).containsExactly(23, 35);
		assertThat(spans.get(0).value()).isEqualTo("atproto.com");
		assertThat(bytes(VECTOR, spans.get(1))).containsExactly(74, 108);
		assertThat(spans.get(1).value()).isEqualTo("https://en.wikipedia.org/wiki/CBOR");
	}

	@Test
	void findsTheDocumentedExampleFacets() {
		String text = "Flu shots Sat with @drlee.bsky.social #FluSeason https://clinic.example/flu";

		List<FacetSpan> spans = this.scanner.scan(text);

		assertThat(spans).extracting(FacetSpan::kind)
			.containsExactly(FacetSpan.Kind.MENTION, FacetSpan.Kind.TAG, FacetSpan.Kind.LINK);
		assertThat(spans).extracting((span) -> bytes(text, span)[0]).containsExactly(19, 38, 49);
		assertThat(spans).extracting((span) -> bytes(text, span)[1]).containsExactly(37, 48, 75);
		assertThat(spans).extracting(FacetSpan::value)
			.containsExactly("drlee.bsky.social", "FluSeason", "https://clinic.example/flu");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			👨‍❤️‍👨                 | 1
			🇨🇦                      | 1
			é                       | 1
			e\u0301                 | 1
			👍🏽                      | 1
			abc                     | 3
			""")
	void countsGraphemesNotCharsOrCodePoints(String text, int expected) {
		assertThat(BlueskyText.graphemes(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			write to jane@clinic.example today          | 0
			hello @nodot there                          | 0
			see (https://clinic.example/a_(b)) now      | 1
			visit https://clinic.example/flu, or call  | 1
			ftp://clinic.example is not a web link      | 0
			https://                                     | 0
			#123 is a number, not a tag                 | 0
			email#tag is not a tag                      | 0
			""")
	void nearMissesFindNothingOrOnlyWhatIsThere(String text, int expected) {
		assertThat(this.scanner.scan(text)).hasSize(expected);
	}

	@Test
	void trimsPunctuationAfterALinkButKeepsBalancedParentheses() {
		assertThat(this.scanner.scan("see (https://clinic.example/a_(b)) now").get(0).value())
			.isEqualTo("https://clinic.example/a_(b)");
		assertThat(this.scanner.scan("visit https://clinic.example/flu, or call").get(0).value())
			.isEqualTo("https://clinic.example/flu");
		assertThat(this.scanner.scan("(https://clinic.example/flu)").get(0).value())
			.isEqualTo("https://clinic.example/flu");
	}

	@Test
	void refusesTextOverEitherLimit() {
		String family = "👨‍❤️‍👨";
		assertThatNoException().isThrownBy(() -> BlueskyText.check("a".repeat(300)));
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> BlueskyText.check("a".repeat(301)));
		// 151 families are 151 graphemes but 3,020 bytes.
		assertThatNoException().isThrownBy(() -> BlueskyText.check(family.repeat(150)));
		assertThat(BlueskyText.graphemes(family.repeat(151))).isEqualTo(151);
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> BlueskyText.check(family.repeat(151)))
			.withMessageNotContaining(family);
	}

	@Test
	void randomTextNeverBreaksTheScannerAndSpansStayInsideAndApart() {
		Random random = new Random(20261124);
		String alphabet = "ab .@#()/:,-_\n\t👨‍❤️‍👨é\u0301https://x.y ＃\uD800";
		for (int round = 0; round < 2000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(120); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String value = text.toString();
			List<FacetSpan> spans = this.scanner.scan(value);
			int previousEnd = 0;
			for (FacetSpan span : spans) {
				assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
				assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(value.length());
				previousEnd = span.end();
			}
			assertThat(BlueskyText.graphemes(value)).isLessThanOrEqualTo(value.length());
		}
	}

	@Test
	void aLongHostileRunScansQuickly() {
		String hostile = "@" + "a.".repeat(50_000) + " https://" + "(".repeat(50_000) + " #" + "!".repeat(50_000);
		long started = System.nanoTime();
		this.scanner.scan(hostile);
		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
	}

	private static int[] bytes(String text, FacetSpan span) {
		return new int[] { BlueskyText.utf8Offset(text, span.start()), BlueskyText.utf8Offset(text, span.end()) };
	}

}
