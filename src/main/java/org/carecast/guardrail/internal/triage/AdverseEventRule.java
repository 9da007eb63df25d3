package org.carecast.guardrail.internal.triage;

import java.util.Optional;

import org.carecast.guardrail.TriageDecision;
import org.carecast.guardrail.TriageLabel;

/**
 * Adverse event: a side effect or reaction to a medicine, vaccine or device that someone
 * had. A direct report ("allergic reaction to the shot") is enough; otherwise a product
 * and a symptom must sit in the same or neighbouring sentences with a word that ties them
 * ("since I started", "made me"). A symptom beside a medicine without that tie is usually
 * a question about treating the symptom ("can I give him Tylenol for the fever?").
 */
final class AdverseEventRule implements LabelRule {

	private static final String TIED_REASON = "Describes a symptom that started with a medicine, vaccine or device.";

	@Override
	public Optional<TriageDecision> decide(Evidence evidence) {
		for (CueHit hit : evidence.hits("ae_direct")) {
			if (!evidence.inSentence("hypothetical", hit.sentence()) && !evidence.before("negation", hit.start(), 2)) {
				return Optional.of(new TriageDecision(TriageLabel.ADVERSE_EVENT, 0.85, hit.cue().reason()));
			}
		}
		for (CueHit drug : evidence.hits("drug")) {
			for (CueHit symptom : evidence.hits("symptom")) {
				if (Math.abs(drug.sentence() - symptom.sentence()) <= 1 && tied(evidence, drug, symptom)) {
					return Optional.of(new TriageDecision(TriageLabel.ADVERSE_EVENT, 0.7, TIED_REASON));
				}
			}
		}
		return Optional.empty();
	}

	private static boolean tied(Evidence evidence, CueHit drug, CueHit symptom) {
		if (evidence.before("negation", symptom.start(), 2)
				|| evidence.inSentence("hypothetical", symptom.sentence())) {
			return false;
		}
		int from = Math.min(drug.sentence(), symptom.sentence());
		int to = Math.max(drug.sentence(), symptom.sentence());
		for (CueHit link : evidence.hits("link")) {
			if (link.sentence() >= from && link.sentence() <= to) {
				return true;
			}
		}
		return false;
	}

}
