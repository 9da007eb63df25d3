package org.carecast.guardrail.internal.triage;

import java.util.Optional;

import org.carecast.guardrail.TriageDecision;
import org.carecast.guardrail.TriageLabel;

/**
 * Crisis: suicidal ideation, self-harm, or a medical emergency happening now. A cue
 * counts unless its own sentence takes it back: a negation just before it ("I don't want
 * to die"), a past marker with nothing saying it is happening now ("my chest pain last
 * year"), a hypothetical ("what are the signs of a stroke"), a joke or lyric, or an
 * exaggeration about something ordinary ("if I have to sit on hold one more minute").
 * Chest pain, fainting and similar symptoms count only with a sign that it is happening
 * now, because people mention them in questions and stories far more often than in
 * emergencies.
 */
final class CrisisRule implements LabelRule {

	private static final String[] STANDALONE = { "ideation", "selfharm", "overdose", "emergency" };

	private static final double WEAK_SCORE = 0.75;

	@Override
	public Optional<TriageDecision> decide(Evidence evidence) {
		CueHit best = null;
		for (String group : STANDALONE) {
			for (CueHit hit : evidence.hits(group)) {
				if (stands(hit, evidence) && (best == null || hit.cue().weight() > best.cue().weight())) {
					best = hit;
				}
			}
		}
		if (best != null) {
			return Optional.of(new TriageDecision(TriageLabel.CRISIS, best.cue().weight(), best.cue().reason()));
		}
		if (evidence.has("now")) {
			for (CueHit hit : evidence.hits("emergency_weak")) {
				if (stands(hit, evidence)) {
					return Optional.of(new TriageDecision(TriageLabel.CRISIS, WEAK_SCORE, hit.cue().reason()));
				}
			}
		}
		return Optional.empty();
	}

	static boolean stands(CueHit hit, Evidence evidence) {
		int sentence = hit.sentence();
		boolean now = evidence.inSentence("now", sentence);
		if (evidence.before("negation", hit.start(), 2)) {
			return false;
		}
		if (evidence.inSentence("past", sentence) && !now) {
			return false;
		}
		if (evidence.inSentence("hypothetical", sentence) || evidence.inSentence("unserious", sentence)) {
			return false;
		}
		return !(hit.group().equals("ideation") && evidence.inSentence("hyperbole", sentence));
	}

}
