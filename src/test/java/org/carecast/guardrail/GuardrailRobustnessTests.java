package org.carecast.guardrail;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blasts random and hostile input through the whole guardrail: it must never throw, keep
 * offsets in bounds and ordered, redact every identifier it reports, and stay linear in
 * the input (a regular expression that backtracks catastrophically fails the time limit).
 */
class GuardrailRobustnessTests {

	private static final Guardrail GUARDRAIL = Guardrail.withDefaults();

	private static final int MEGABYTE = 1 << 20;

	static List<String> hostileInputs() {
		return List.of(repeat("0123456789", MEGABYTE), repeat("-./:,@#", MEGABYTE),
				repeat("Maria Lopez Smith ", MEGABYTE), repeat("(((([[[{{{\"'!?", MEGABYTE),
				repeat("Mr. J.D. Dr. ", MEGABYTE), repeat("room 412 555-12-3456 a@b.co 1.2.3.4 ", MEGABYTE),
				repeat("\u0000\u0001\uFFFF\uD800\uDC00 \u202E", MEGABYTE),
				repeat("Żółć 東京 مرحبا Ω Ünïcödé 😂👨‍👩‍👧 ", MEGABYTE),
				repeat("1", 200_000) + "@" + repeat("a.", 100_000), repeat("in Aaaaaaa ", MEGABYTE),
				repeat("4111 ", MEGABYTE), repeat("::", MEGABYTE));
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void hostileMegabyteIsScannedQuicklyAndSafely(String text) {
		for (Direction direction : List.of(Direction.OUTBOUND_POST, Direction.INBOUND)) {
			long started = System.nanoTime();
			Report report = GUARDRAIL.scan(Text.of(text), ScanContext.of(direction, Network.X));
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(millis).as("scan time in ms").isLessThan(5_000);
			assertWellFormed(text, report);
		}
	}

	@Test
	void randomTextNeverBreaksTheReport() {
		Random random = new Random(20261125L);
		String alphabet = "aAbBzZ09 .,-/:@#()'\u2019\u2014\nMrDr\u00e9\u6771\uD83D\uDE00";
		String[] words = { "Mr.", "my mom", "Linda", "room", "412", "born", "on", "3/3", "MRN", "SSN", "512-44-9083",
				"@pat_1", "#Strong", "in", "Fresno", "93-year-old", "call", "me", "917-555-0128", "\u2014", "Dr." };
		for (int run = 0; run < 3_000; run++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(80);
			for (int i = 0; i < length; i++) {
				if (random.nextBoolean()) {
					text.append(words[random.nextInt(words.length)]).append(' ');
				}
				else {
					text.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			Direction direction = Direction.values()[random.nextInt(Direction.values().length)];
			Report report = GUARDRAIL.scan(Text.of(text.toString()), ScanContext.of(direction, Network.BLUESKY));
			assertWellFormed(text.toString(), report);
		}
	}

	@Test
	void emptyAndBlankTextPass() {
		for (String text : List.of("", " ", "\n\t", "\uD83D\uDE00")) {
			Report report = GUARDRAIL.scan(Text.of(text), ScanContext.of(Direction.INBOUND, Network.THREADS));
			assertThat(report.verdict()).isEqualTo(Verdict.PASS);
			assertThat(report.redactedText()).isEqualTo(text);
		}
	}

	private static void assertWellFormed(String text, Report report) {
		int previousStart = -1;
		for (Finding finding : report.findings()) {
			assertThat(finding.start()).isBetween(0, text.length());
			assertThat(finding.end()).isBetween(finding.start(), text.length());
			assertThat(finding.start()).isGreaterThanOrEqualTo(previousStart);
			previousStart = finding.start();
		}
		String redacted = report.redactedText();
		for (Finding finding : report.findings()) {
			if (finding.severity() == Severity.BLOCK && finding.length() >= 6 && identifier(finding)) {
				String value = text.substring(finding.start(), finding.end());
				if (!isRepeatedInText(text, value)) {
					assertThat(redacted.contains(value)).as("blocked value left in the redacted text").isFalse();
				}
			}
		}
		boolean identifiers = report.findings().stream().anyMatch(GuardrailRobustnessTests::identifier);
		if (identifiers) {
			assertThat(redacted.contains("[")).as("placeholder in the redacted text").isTrue();
		}
	}

	/**
	 * A value that occurs elsewhere in the text unflagged (a long run of repeats) can
	 * stay in the redacted text legitimately, so only unique values are checked.
	 */
	private static boolean isRepeatedInText(String text, String value) {
		int first = text.indexOf(value);
		return first >= 0 && text.indexOf(value, first + 1) >= 0;
	}

	private static boolean identifier(Finding finding) {
		return finding.check().equals("phi") || finding.check().equals("policy");
	}

	private static String repeat(String unit, int length) {
		StringBuilder builder = new StringBuilder(length + unit.length());
		while (builder.length() < length) {
			builder.append(unit);
		}
		return builder.toString();
	}

}
