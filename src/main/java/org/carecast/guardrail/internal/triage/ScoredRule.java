package org.carecast.guardrail.internal.triage;

import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.carecast.guardrail.TriageDecision;
import org.carecast.guardrail.TriageLabel;

/**
 * A label whose cues simply add up (appointment, complaint, praise, spam): each cue is
 * evidence with a weight, independent cues combine (noisy-or) with any extra signal the
 * label reads from the text's shape, and the label is given when the total reaches the
 * threshold. The reason is that of the strongest cue.
 */
final class ScoredRule implements LabelRule {

	static final double THRESHOLD = 0.5;

	private final TriageLabel label;

	private final String[] groups;

	private final ToDoubleFunction<WordSequence> shape;

	private final String shapeReason;

	ScoredRule(TriageLabel label, String... groups) {
		this(label, (words) -> 0, "", groups);
	}

	/**
	 * @param shape extra evidence from the text's shape (shouting, a pile of hashtags)
	 * @param shapeReason the reason to give when the shape is the strongest evidence
	 */
	ScoredRule(TriageLabel label, ToDoubleFunction<WordSequence> shape, String shapeReason, String... groups) {
		this.label = label;
		this.groups = groups.clone();
		this.shape = shape;
		this.shapeReason = shapeReason;
	}

	@Override
	public Optional<TriageDecision> decide(Evidence evidence) {
		double extra = this.shape.applyAsDouble(evidence.words());
		double score = 1 - (1 - evidence.combined(this.groups)) * (1 - extra);
		if (score < THRESHOLD) {
			return Optional.empty();
		}
		CueHit strongest = evidence.strongest(this.groups);
		String reason = (strongest == null || strongest.cue().weight() < extra) ? this.shapeReason
				: strongest.cue().reason();
		return Optional.of(new TriageDecision(this.label, Math.min(score, 0.99), reason));
	}

}
