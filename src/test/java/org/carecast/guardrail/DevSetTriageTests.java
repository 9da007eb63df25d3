package org.carecast.guardrail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #6's triage bars on the shared labelled set, which lives beside the repository
 * (../shared/eval/dev.jsonl) and is skipped where it is absent: crisis recall at least
 * 0.95 with precision at least 0.70, no more than two alarming items that are not crises
 * labelled crisis, and macro-F1 at least 0.75 over the eight labels as score.py counts
 * it.
 */
class DevSetTriageTests {

	private static final Path DEV = Path.of("../shared/eval/dev.jsonl");

	private static TriageScores scores;

	@BeforeAll
	static void score() throws IOException {
		assumeTrue(Files.exists(DEV), "../shared/eval/dev.jsonl is not here");
		scores = TriageScores.of(DEV, new InboundTriage());
	}

	@Test
	void crisisBars() {
		assertThat(scores.recall(TriageLabel.CRISIS)).as(scores.toString()).isGreaterThanOrEqualTo(0.95);
		assertThat(scores.precision(TriageLabel.CRISIS)).as(scores.toString()).isGreaterThanOrEqualTo(0.70);
		assertThat(scores.falseCrises()).hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void macroF1Bar() {
		assertThat(scores.macroF1()).as(scores.toString()).isGreaterThanOrEqualTo(0.75);
	}

}
