package org.carecast.guardrail.internal.triage;

import java.util.Optional;

import org.carecast.guardrail.TriageDecision;
import org.carecast.guardrail.TriageLabel;

/**
 * Medical question: a sentence that asks (a question mark or an asking phrase such as "is
 * it safe to" or "any advice") about a health topic named in it, or in the sentences
 * around it when it is short ("is it??"). A question about an appointment, a bill or
 * records that names no symptom or medicine is admin, not a medical question; asking
 * whether a medicine is safe to take is a medical question whatever else it names.
 */
final class QuestionRule implements LabelRule {

	private static final String[] TOPIC = { "health", "drug", "symptom" };

	private static final String REASON = "Asks a question about a health topic.";

	@Override
	public Optional<TriageDecision> decide(Evidence evidence) {
		WordSequence words = evidence.words();
		for (int sentence = 0; sentence < words.sentenceCount(); sentence++) {
			if (evidence.inSentence("ask_medical", sentence)) {
				return Optional.of(new TriageDecision(TriageLabel.MEDICAL_QUESTION, 0.85,
						"Asks whether a medicine or treatment is safe to take."));
			}
			boolean asks = evidence.inSentence("ask", sentence);
			if (!asks && !words.isQuestion(sentence)) {
				continue;
			}
			boolean admin = evidence.inSentence("visit", sentence) || evidence.inSentence("billing", sentence)
					|| evidence.inSentence("records", sentence);
			boolean here = topic(evidence, sentence);
			if (here || (!admin && !adminAnywhere(evidence) && near(evidence, sentence))) {
				if (admin && !evidence.inSentence("drug", sentence) && !evidence.inSentence("symptom", sentence)) {
					continue;
				}
				CueHit ask = first(evidence, sentence);
				String reason = (ask != null) ? ask.cue().reason() : REASON;
				return Optional.of(new TriageDecision(TriageLabel.MEDICAL_QUESTION, asks ? 0.8 : 0.65, reason));
			}
		}
		return Optional.empty();
	}

	/** A short question ("is it??") leans on the sentences around it. */
	private static boolean near(Evidence evidence, int sentence) {
		return topic(evidence, sentence - 1) || topic(evidence, sentence - 2) || topic(evidence, sentence + 1);
	}

	private static boolean adminAnywhere(Evidence evidence) {
		return evidence.has("visit") || evidence.has("billing") || evidence.has("records");
	}

	private static boolean topic(Evidence evidence, int sentence) {
		for (String group : TOPIC) {
			if (evidence.inSentence(group, sentence)) {
				return true;
			}
		}
		return false;
	}

	private static CueHit first(Evidence evidence, int sentence) {
		for (CueHit hit : evidence.hits("ask")) {
			if (hit.sentence() == sentence) {
				return hit;
			}
		}
		return null;
	}

}
