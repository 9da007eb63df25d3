package org.carecast.guardrail.internal.misinformation;

import java.util.List;

/**
 * A text split once into normalised words and sentences, shared by every claim matcher.
 * It also holds the scan's budget of sentence embeddings: the model costs milliseconds
 * per sentence, so a megabyte of hostile sentences must not be embedded one by one.
 */
record Passage(String text, List<Words.Word> words, List<Words.Sentence> sentences, Vocabulary vocabulary,
		int[] embeddingsLeft) {

	/** Enough for any real post; a longer text gets word-level matching only. */
	static final int EMBEDDINGS_PER_SCAN = 24;

	static Passage of(String text, String lower) {
		List<Words.Word> words = Words.words(lower);
		return new Passage(text, words, Words.sentences(text, words), new Vocabulary(words),
				new int[] { EMBEDDINGS_PER_SCAN });
	}

	/** Takes one embedding from the budget; false when it is spent. */
	boolean takeEmbedding() {
		if (this.embeddingsLeft[0] <= 0) {
			return false;
		}
		this.embeddingsLeft[0]--;
		return true;
	}

	/** The character span of a sentence. */
	int[] span(Words.Sentence sentence) {
		return new int[] { this.words.get(sentence.from()).start(), this.words.get(sentence.to() - 1).end() };
	}

}
