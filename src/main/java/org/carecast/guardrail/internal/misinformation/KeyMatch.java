package org.carecast.guardrail.internal.misinformation;

import java.util.List;
import java.util.Set;

/**
 * Where a claim's key pattern is asserted: in one sentence, or carried over two (a short
 * headline and its statement, a fragment after a statement, or a sentence that points
 * back to the one before).
 */
final class KeyMatch {

	private static final int HEADLINE_WORDS = 4;

	/** A sentence this short is a fragment of the one before ("Autism, right after."). */
	private static final int FRAGMENT_WORDS = 3;

	private static final Set<String> ANAPHORS = Set.of("it", "it's", "they", "they're", "this", "these", "that",
			"those", "which");

	private KeyMatch() {
	}

	/**
	 * The character span of the first statement (one sentence, or a sentence and the one
	 * before it) that asserts the key, or {@code null}. A sentence that speaks of
	 * prevention or protection ("HPV vaccination prevents cancers caused by HPV") does
	 * not assert a claim of harm, unless the claim itself is about protection ("vitamin C
	 * prevents colds").
	 */
	static int[] span(KeyPattern key, String text, List<Words.Word> words, List<Words.Sentence> sentences,
			boolean protectiveClaim) {
		for (int s = 0; s < sentences.size(); s++) {
			Words.Sentence sentence = sentences.get(s);
			if (!sentence.asserts()) {
				continue;
			}
			int[][] found = key.match(words, sentence.from(), sentence.to());
			int from = sentence.from();
			if (found == null && s > 0 && key.groupCount() > 1
					&& (leadsInto(sentences.get(s - 1)) || refersBack(words.get(sentence.from()).text())
							|| sentence.to() - sentence.from() <= FRAGMENT_WORDS)
					&& key.match(words, sentences.get(s - 1).from(), sentence.from()) == null) {
				// A key split over two sentences: "Ear infections? Our adjustments cure
				// them."
				from = sentences.get(s - 1).from();
				found = key.match(words, from, sentence.to());
			}
			if (found != null && !Stance.negated(text, words, from, sentence.to(), found)
					&& (protectiveClaim || !Stance.protective(words, from, sentence.to()))) {
				return new int[] { words.get(from).start(), words.get(sentence.to() - 1).end() };
			}
		}
		return null;
	}

	/**
	 * Whether a sentence can carry a claim on into the next one: only a short headline
	 * ("Ear infections?", "Turbo cancer."). Two full sentences that happen to hold the
	 * key's words between them ("... the dose makes the poison. Got my boosters today.")
	 * rarely make the claim.
	 */
	private static boolean leadsInto(Words.Sentence previous) {
		return previous.to() - previous.from() <= HEADLINE_WORDS;
	}

	/**
	 * Whether a sentence opens with a word that points back to the one before ("It
	 * prevents COVID", "They cause autism"), which carries its subject over.
	 */
	private static boolean refersBack(String firstWord) {
		return ANAPHORS.contains(firstWord);
	}

}
