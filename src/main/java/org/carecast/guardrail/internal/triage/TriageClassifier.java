package org.carecast.guardrail.internal.triage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.carecast.guardrail.Triage;
import org.carecast.guardrail.TriageDecision;
import org.carecast.guardrail.TriageLabel;
import org.carecast.guardrail.internal.misinformation.SentenceEncoder;

/**
 * Labels an inbound text from cue lexicons under {@code guardrail/triage/}: the text is
 * cut into words once, every lexicon is matched in one pass each, and one rule per label
 * reads the cues. Texts with words of despair that no crisis cue explains get a second
 * look by meaning ({@link CrisisSafetyNet}). Whether the text repeats a health myth is
 * the misinformation check's call, passed in. Immutable after construction and
 * thread-safe.
 */
public final class TriageClassifier {

	private static final String[] LEXICONS = { "context", "crisis", "adverse_event", "medical_question", "appointment",
			"complaint", "praise", "spam" };

	/**
	 * Only the start of a longer text is read: forty times a long post, so nothing real
	 * is cut, while a megabyte of junk costs no more than a long message.
	 */
	public static final int MAX_CHARS = 20_000;

	private static final String NOTHING = "No sign of a crisis, side effect, question, request, complaint, praise or spam.";

	private final Map<String, String[]> spellings = Spellings.load();

	private final List<CueList> lexicons = new ArrayList<>();

	private final Map<TriageLabel, LabelRule> rules = new EnumMap<>(TriageLabel.class);

	private final CrisisSafetyNet safetyNet;

	/** The classifier with the meaning check on the guardrail's shared encoder. */
	public TriageClassifier() {
		this(SentenceEncoder.shared());
	}

	/**
	 * @param encoder the sentence encoder for the crisis meaning check, or {@code null}
	 * to rely on the lexicons alone
	 */
	public TriageClassifier(SentenceEncoder encoder) {
		for (String name : LEXICONS) {
			this.lexicons.add(CueList.load(name));
		}
		this.rules.put(TriageLabel.CRISIS, new CrisisRule());
		this.rules.put(TriageLabel.ADVERSE_EVENT, new AdverseEventRule());
		this.rules.put(TriageLabel.MEDICAL_QUESTION, new QuestionRule());
		this.rules.put(TriageLabel.APPOINTMENT, new ScoredRule(TriageLabel.APPOINTMENT, "visit", "billing", "records"));
		this.rules.put(TriageLabel.COMPLAINT, new ScoredRule(TriageLabel.COMPLAINT, TriageClassifier::anger,
				"Writes in capitals or exclamations, a sign of anger.", "complaint_strong", "complaint_weak"));
		this.rules.put(TriageLabel.PRAISE, new ScoredRule(TriageLabel.PRAISE, TriageClassifier::thanksWithoutAsking,
				"Thanks the team.", "praise_strong", "praise_weak"));
		this.rules.put(TriageLabel.SPAM, new ScoredRule(TriageLabel.SPAM, TriageClassifier::hashtagPile,
				"Is mostly hashtags, as bots write.", "spam_offer", "spam_weak", "spam_link"));
		this.safetyNet = (encoder != null) ? new CrisisSafetyNet(encoder) : null;
	}

	/**
	 * @param text the inbound text (any length or content)
	 * @param misinformation the reason when the misinformation check found a myth in the
	 * text, else {@code null}
	 */
	public Triage classify(String text, String misinformation) {
		String value = (text != null) ? text : "";
		Evidence evidence = evidence((value.length() > MAX_CHARS) ? value.substring(0, MAX_CHARS) : value);
		Map<TriageLabel, TriageDecision> labels = new EnumMap<>(TriageLabel.class);
		this.rules.forEach((label, rule) -> rule.decide(evidence).ifPresent((decision) -> labels.put(label, decision)));
		if (misinformation != null) {
			labels.put(TriageLabel.MISINFORMATION, new TriageDecision(TriageLabel.MISINFORMATION, 0.9, misinformation));
		}
		if (this.safetyNet != null && CrisisSafetyNet.worthALook(labels.keySet())) {
			this.safetyNet.decide(evidence).ifPresent((decision) -> labels.put(TriageLabel.CRISIS, decision));
		}
		LabelConflicts.settle(labels, evidence);
		if (labels.isEmpty()) {
			return new Triage(List.of(new TriageDecision(TriageLabel.OTHER, 0.5, NOTHING)));
		}
		return new Triage(List.copyOf(labels.values()));
	}

	private Evidence evidence(String text) {
		WordSequence words = WordSequence.of(text, this.spellings);
		List<CueHit> hits = new ArrayList<>();
		for (CueList lexicon : this.lexicons) {
			hits.addAll(lexicon.find(words));
		}
		return new Evidence(words, hits);
	}

	private static double anger(WordSequence words) {
		return ((words.shouted() >= 2) ? 0.3 : 0) + ((words.exclamations() >= 3) ? 0.2 : 0);
	}

	/**
	 * A thank-you in a text that asks nothing is praise; "thanks" after a question is
	 * politeness.
	 */
	private static double thanksWithoutAsking(WordSequence words) {
		boolean thanks = words.count("thank") + words.count("thanks") + words.count("gracias") > 0;
		return (thanks && !words.hasQuestion()) ? 0.3 : 0;
	}

	private static double hashtagPile(WordSequence words) {
		return (words.hashtags() >= 5 && words.hashtags() * 2 >= words.size()) ? 0.6 : 0;
	}

}
