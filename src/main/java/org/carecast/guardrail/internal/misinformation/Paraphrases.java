package org.carecast.guardrail.internal.misinformation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lexical match of a sentence against every myth and paraphrase: the share of a
 * statement's content-word stems that the sentence contains. A statement must have at
 * least {@value #MIN_WORDS} content words and the sentence must hold {@value #COVERAGE}
 * of them; an inverted index keeps this to the statements that share a word.
 */
final class Paraphrases {

	static final double COVERAGE = 0.8;

	static final int MIN_WORDS = 3;

	/** Stems a sentence must share with a statement to count as a near miss. */
	static final int NEAR_MISS_SHARED = 2;

	private static final Set<String> STOP = Set.of("the", "and", "for", "are", "you", "your", "our", "with", "that",
			"this", "from", "they", "them", "their", "have", "has", "had", "was", "were", "been", "will", "can", "all",
			"any", "just", "get", "gets", "got", "its", "it's", "than", "then", "who", "what", "when", "how", "why",
			"into", "out", "about", "more", "most", "some", "people", "one", "also", "only", "really", "very", "does",
			"did", "doe", "being", "there", "here", "these", "those", "she", "her", "his", "him", "not", "but");

	private final List<Statement> statements = new ArrayList<>();

	private final Map<String, List<Integer>> index = new HashMap<>();

	Paraphrases(List<Claim> claims) {
		for (int c = 0; c < claims.size(); c++) {
			Claim claim = claims.get(c);
			add(c, claim.myth());
			for (String text : claim.paraphrases()) {
				add(c, text);
			}
		}
	}

	private void add(int claim, String text) {
		Set<String> stems = stems(Words.words(text.toLowerCase(java.util.Locale.ROOT)), 0, Integer.MAX_VALUE);
		if (stems.size() < MIN_WORDS) {
			return;
		}
		int id = this.statements.size();
		this.statements.add(new Statement(claim, stems, Stance.containsNegation(text)));
		for (String stem : stems) {
			this.index.computeIfAbsent(stem, (key) -> new ArrayList<>()).add(id);
		}
	}

	/**
	 * The claim index whose statement the sentence covers best (at least
	 * {@value #COVERAGE}), or -1. {@code coverage[0]} receives that share;
	 * {@code coverage[1]} the largest share of any statement the sentence has at least
	 * {@value #NEAR_MISS_SHARED} stems in common with, which gates the (costlier)
	 * meaning-level match. One pass over the index serves both.
	 */
	int best(List<Words.Word> words, int from, int to, double[] coverage) {
		Set<String> sentence = stems(words, from, to);
		boolean negated = false;
		for (int i = from; i < to; i++) {
			negated |= Stance.isNegation(words.get(i).text());
		}
		Map<Integer, Integer> shared = new HashMap<>();
		for (String stem : sentence) {
			for (int id : this.index.getOrDefault(stem, List.of())) {
				shared.merge(id, 1, Integer::sum);
			}
		}
		int best = -1;
		double bestShare = COVERAGE;
		double nearest = 0;
		for (Map.Entry<Integer, Integer> entry : shared.entrySet()) {
			Statement statement = this.statements.get(entry.getKey());
			double share = (double) entry.getValue() / statement.stems().size();
			if (entry.getValue() >= NEAR_MISS_SHARED) {
				nearest = Math.max(nearest, share);
			}
			if (share >= bestShare && (statement.negated() || !negated)) {
				best = statement.claim();
				bestShare = share;
			}
		}
		coverage[0] = bestShare;
		coverage[1] = nearest;
		return best;
	}

	static Set<String> stems(List<Words.Word> words, int from, int to) {
		Set<String> stems = new HashSet<>();
		for (int i = from; i < Math.min(to, words.size()); i++) {
			String word = words.get(i).text();
			if (word.length() >= 3 && !STOP.contains(word) && !Stance.isNegation(word)) {
				stems.add(stem(word));
			}
		}
		return stems;
	}

	static String stem(String word) {
		String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
		if (w.endsWith("ies") && w.length() > 4) {
			return w.substring(0, w.length() - 3) + "y";
		}
		if (w.endsWith("ing") && w.length() > 5) {
			return w.substring(0, w.length() - 3);
		}
		if (w.endsWith("ed") && w.length() > 4) {
			return w.substring(0, w.length() - 2);
		}
		if (w.endsWith("es") && w.length() > 4) {
			return w.substring(0, w.length() - 2);
		}
		if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
			return w.substring(0, w.length() - 1);
		}
		if (w.endsWith("e") && w.length() > 4) {
			return w.substring(0, w.length() - 1);
		}
		return w;
	}

	private record Statement(int claim, Set<String> stems, boolean negated) {
	}

}
