package org.carecast.inbox;

import java.util.List;

import org.carecast.guardrail.TriageLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InboxPriorityTests {

	@ParameterizedTest(name = "{0} phi={1} myth={2} -> {3}")
	@CsvSource({ "CRISIS, false, false, URGENT", "CRISIS SPAM, false, false, URGENT", "OTHER, true, false, HIGH",
			"ADVERSE_EVENT, false, false, HIGH", "CRISIS ADVERSE_EVENT, true, false, URGENT",
			"MEDICAL_QUESTION, false, false, NORMAL", "COMPLAINT, false, false, NORMAL",
			"MISINFORMATION, false, false, NORMAL", "APPOINTMENT, false, false, NORMAL", "OTHER, false, true, NORMAL",
			"PRAISE, false, false, LOW", "SPAM, false, false, LOW", "OTHER, false, false, LOW",
			"PRAISE MEDICAL_QUESTION, false, false, NORMAL" })
	void crisisFirstThenAdverseEventsAndPhiThenWhatNeedsAnAnswer(String labels, boolean phi, boolean myth,
			InboxPriority expected) {
		List<TriageLabel> parsed = java.util.Arrays.stream(labels.split(" ")).map(TriageLabel::valueOf).toList();
		assertThat(InboxPriority.of(parsed, phi, myth)).isEqualTo(expected);
	}

}
