package org.carecast.guardrail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.carecast.guardrail.internal.misinformation.MisinformationCheck;
import org.carecast.guardrail.internal.triage.TriageClassifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Labels inbound comments, mentions and messages (crisis, adverse event, question, ...)
 * and explains each label. Runs offline and is thread-safe.
 *
 * <p>
 * The labels come from cue lexicons read by one rule per label, with a meaning check for
 * possible crises the lexicon misses; the misinformation label is the guardrail's
 * misinformation check, so a myth is recognised the same way in posts and in the inbox.
 */
@Service
public class InboundTriage {

	private static final Policy MISINFORMATION_ONLY = new Policy(Set.of(MisinformationCheck.NAME), Map.of(), Set.of(),
			Set.of(), Set.of());

	private final Guardrail guardrail;

	private final TriageClassifier classifier;

	/** A triage with its own guardrail (for use without Spring). */
	public InboundTriage() {
		this(Guardrail.withDefaults());
	}

	@Autowired
	public InboundTriage(Guardrail guardrail) {
		this(guardrail, new TriageClassifier());
	}

	InboundTriage(Guardrail guardrail, TriageClassifier classifier) {
		this.guardrail = guardrail;
		this.classifier = classifier;
	}

	/** Labels the text, running the misinformation check on it. */
	public Triage classify(String text) {
		String value = (text != null) ? text : "";
		// The classifier reads only the start of a huge text; the myth check need not
		// read more.
		String start = (value.length() > TriageClassifier.MAX_CHARS) ? value.substring(0, TriageClassifier.MAX_CHARS)
				: value;
		Report report = this.guardrail.scan(Text.of(start),
				ScanContext.of(Direction.INBOUND, Network.MASTODON).withPolicy(MISINFORMATION_ONLY));
		return classify(value, report);
	}

	/**
	 * Labels the text using the misinformation findings of a scan the caller already ran
	 * on it (so the myth check does not run twice).
	 */
	public Triage classify(String text, Report report) {
		String myth = null;
		for (Finding finding : report.findings()) {
			if (MisinformationCheck.NAME.equals(finding.check())) {
				myth = "Repeats a known health myth (" + topic(finding.type()) + ").";
				break;
			}
		}
		return this.classifier.classify((text != null) ? text : "", myth);
	}

	private static String topic(String type) {
		return type.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
