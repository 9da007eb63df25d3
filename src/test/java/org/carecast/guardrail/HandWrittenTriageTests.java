package org.carecast.guardrail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triage against 120 inbound items written by hand for Carecast, apart from the dev
 * set: every label, crises in everyday words, and alarming items that are not crises
 * (exaggerations, past events, questions about warning signs, a song, gratitude for a
 * life saved). Floors sit a little under what the triage scored when this was written
 * (macro-F1 0.934, crisis 20 of 20 with no false alarm), so a regression fails.
 */
class HandWrittenTriageTests {

	private static TriageScores scores;

	@BeforeAll
	static void score() throws IOException, URISyntaxException {
		Path file = Path.of(HandWrittenTriageTests.class.getResource("/guardrail/triage/handwritten.jsonl").toURI());
		scores = TriageScores.of(file, new InboundTriage());
	}

	@Test
	void everyCrisisIsFlagged() {
		assertThat(scores.missedCrises()).isEmpty();
	}

	@Test
	void noAlarmingItemThatIsNotACrisisIsFlagged() {
		assertThat(scores.falseCrises()).isEmpty();
	}

	@Test
	void labelsAgreeWithTheHandLabels() {
		assertThat(scores.macroF1()).as(scores.toString()).isGreaterThanOrEqualTo(0.9);
		assertThat(scores.f1(TriageLabel.ADVERSE_EVENT)).as(scores.toString()).isGreaterThanOrEqualTo(0.9);
		assertThat(scores.f1(TriageLabel.MEDICAL_QUESTION)).as(scores.toString()).isGreaterThanOrEqualTo(0.85);
		assertThat(scores.f1(TriageLabel.SPAM)).as(scores.toString()).isGreaterThanOrEqualTo(0.9);
	}

}
