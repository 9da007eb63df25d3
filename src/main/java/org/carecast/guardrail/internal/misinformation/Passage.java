package org.carecast.guardrail.internal.misinformation;

import java.util.List;

/**
 * A text split once into normalised words and sentences, shared by every claim matcher.
 * It also holds the scan's budget of sentence embeddings: the model costs milliseconds
 * per sentence, so a megabyte of hostile sentences must not be embedded one by one.
 */
record Passage(String text, List<Words.Word> words, List<Words.Sentence> sentences, Vocabulary vocabulary,
		int[] embeddingsLeft, Debunking debunking) {

	/** Enough for any real post; a longer text gets word-level matching only. */
	static final int EMBEDDINGS_PER_SCAN = 24;

	static Passage of(String text, String lower) {
		List<Words.Word> words = Words.words(lower);
		return new Passage(text, words, Words.sentences(text, words), new Vocabulary(words),
				new int[] { EMBEDDINGS_PER_SCAN }, new Debunking(lower));
	}

	/**
	 * Whether the text debunks or reports a claim rather than making it
	 * ({@link Stance#debunks}). Its two long patterns cost more than the claim match
	 * itself, so they run only for a text that matched a claim or is about to be compared
	 * by meaning, and at most once.
	 */
	boolean debunks() {
		return this.debunking.get();
	}

	/**
	 * Takes one embedding from the budget; false when it is spent, or when the text
	 * debunks (nothing it says would count, so the model's time is saved).
	 */
	boolean takeEmbedding() {
		if (this.embeddingsLeft[0] <= 0 || debunks()) {
			return false;
		}
		this.embeddingsLeft[0]--;
		return true;
	}

	/** {@link Stance#debunks}, worked out on first use; one scan, one thread. */
	static final class Debunking {

		private final String lower;

		private Boolean value;

		Debunking(String lower) {
			this.lower = lower;
		}

		boolean get() {
			if (this.value == null) {
				this.value = Stance.debunks(this.lower);
			}
			return this.value;
		}

	}

	/** The character span of a sentence. */
	int[] span(Words.Sentence sentence) {
		return new int[] { this.words.get(sentence.from()).start(), this.words.get(sentence.to() - 1).end() };
	}

}
