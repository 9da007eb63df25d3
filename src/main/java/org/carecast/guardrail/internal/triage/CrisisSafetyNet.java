package org.carecast.guardrail.internal.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carecast.guardrail.TriageDecision;
import org.carecast.guardrail.TriageLabel;
import org.carecast.guardrail.internal.misinformation.SentenceEncoder;

/**
 * A second look, by meaning, at texts the crisis lexicon did not flag but that carry a
 * word of distress ("anymore", "goodbye", "hopeless"): people in crisis rarely use the
 * exact phrases a lexicon holds. The sentence holding the distress word is embedded with
 * the guardrail's shared MiniLM encoder and compared with hand-written crisis sentences
 * and with alarming-but-safe ones (exaggerations, past events, questions); it must be
 * close to a crisis sentence and clearly closer to it than to any safe one.
 *
 * <p>
 * Embedding costs milliseconds, so only distress sentences are embedded, at most
 * {@link #MAX_SENTENCES} per text and each cut to {@link #MAX_WORDS} words.
 */
final class CrisisSafetyNet {

	static final float THRESHOLD = 0.62f;

	static final float MARGIN = 0.05f;

	static final int MAX_SENTENCES = 2;

	static final int MAX_WORDS = 40;

	private static final String REASON = "Reads like someone who may be thinking of ending their life.";

	private final SentenceEncoder encoder;

	private final float[][] crisis;

	private final float[][] safe;

	CrisisSafetyNet(SentenceEncoder encoder) {
		this.encoder = encoder;
		this.crisis = encoder.encodeAll(lines("crisis-prototypes.txt"));
		this.safe = encoder.encodeAll(lines("safe-prototypes.txt"));
	}

	/**
	 * Whether the labels found so far leave room for an unspotted crisis: not when one is
	 * already flagged, and not for ads, myths, bookings or thanks, which is what keeps
	 * the meaning check to a few texts in a hundred.
	 */
	static boolean worthALook(Set<TriageLabel> labels) {
		return !labels.contains(TriageLabel.CRISIS) && !labels.contains(TriageLabel.SPAM)
				&& !labels.contains(TriageLabel.MISINFORMATION) && !labels.contains(TriageLabel.APPOINTMENT)
				&& !labels.contains(TriageLabel.PRAISE);
	}

	Optional<TriageDecision> decide(Evidence evidence) {
		WordSequence words = evidence.words();
		List<Integer> sentences = new ArrayList<>();
		for (CueHit hit : evidence.hits("distress")) {
			if (!sentences.contains(hit.sentence()) && sentences.size() < MAX_SENTENCES
					&& !evidence.inSentence("unserious", hit.sentence())) {
				sentences.add(hit.sentence());
			}
		}
		for (int sentence : sentences) {
			float[] vector = this.encoder.encode(sentenceText(words, sentence));
			float toCrisis = best(vector, this.crisis);
			if (toCrisis >= THRESHOLD && toCrisis - best(vector, this.safe) >= MARGIN) {
				return Optional.of(new TriageDecision(TriageLabel.CRISIS, toCrisis, REASON));
			}
		}
		return Optional.empty();
	}

	/** The sentence rebuilt from its words (lower case, at most {@link #MAX_WORDS}). */
	private static String sentenceText(WordSequence words, int sentence) {
		StringBuilder out = new StringBuilder();
		int count = 0;
		for (int i = 0; i < words.size() && count < MAX_WORDS; i++) {
			if (words.sentenceOf(i) == sentence) {
				out.append(count++ > 0 ? " " : "").append(words.word(i));
			}
		}
		return out.toString();
	}

	private static float best(float[] vector, float[][] prototypes) {
		float best = -1;
		for (float[] prototype : prototypes) {
			float score = 0;
			for (int i = 0; i < vector.length; i++) {
				score += vector[i] * prototype[i];
			}
			best = Math.max(best, score);
		}
		return best;
	}

	private static List<String> lines(String name) {
		try (InputStream in = CrisisSafetyNet.class.getResourceAsStream("/guardrail/triage/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing guardrail/triage/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
