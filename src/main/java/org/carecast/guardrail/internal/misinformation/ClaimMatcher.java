package org.carecast.guardrail.internal.misinformation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Severity;

/**
 * Matches a passage against one set of claims (the built-in claim base, or one
 * organization's own): every claim's key patterns, then every myth and paraphrase by word
 * overlap, then by meaning. Built once per claim set; immutable and thread-safe after.
 */
final class ClaimMatcher {

	private static final double KEY_SCORE = 0.9;

	/**
	 * Only near misses of the word-level match are compared by meaning: sentences holding
	 * half of some statement's content words. On every set measured this found what a
	 * looser gate found, with a quarter of the embeddings.
	 */
	static final double SEMANTIC_COVERAGE = 0.5;

	private static final int SEMANTIC_MIN_WORDS = 4;

	/**
	 * Claims are said in a sentence; a run-on of more words is not compared by meaning.
	 */
	private static final int SEMANTIC_MAX_WORDS = 60;

	private final List<Claim> claims;

	/** Every claim's keys in claim order, and the claim each belongs to. */
	private final List<KeyPattern> keys = new ArrayList<>();

	private final List<Integer> keyClaims = new ArrayList<>();

	private final KeyIndex keyIndex;

	private final List<Boolean> protective = new ArrayList<>();

	private final Paraphrases paraphrases;

	private final SemanticMatcher semantic;

	ClaimMatcher(List<Claim> claims, SentenceEncoder encoder) {
		this.claims = List.copyOf(claims);
		for (int c = 0; c < this.claims.size(); c++) {
			Claim claim = this.claims.get(c);
			for (String key : claim.keys()) {
				this.keys.add(KeyPattern.compile(key));
				this.keyClaims.add(c);
			}
			this.protective
				.add(Stance.protective(claim.myth()) || claim.paraphrases().stream().anyMatch(Stance::protective));
		}
		this.keyIndex = new KeyIndex(this.keys);
		this.paraphrases = new Paraphrases(this.claims);
		this.semantic = new SemanticMatcher(this.claims, encoder);
	}

	void find(Passage passage, Severity severity, List<Finding> findings) {
		Set<Integer> seen = new HashSet<>();
		BitSet candidates = this.keyIndex.candidates(passage.vocabulary());
		for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
			int c = this.keyClaims.get(k);
			KeyPattern key = this.keys.get(k);
			if (!seen.contains(c) && key.mayOccur(passage.vocabulary())) {
				int[] span = KeyMatch.span(key, passage.text(), passage.words(), passage.sentences(),
						this.protective.get(c));
				if (span != null) {
					seen.add(c);
					findings.add(finding(this.claims.get(c), span, severity, KEY_SCORE, "key " + key.source()));
				}
			}
		}
		double[] coverage = new double[2];
		for (Words.Sentence sentence : passage.sentences()) {
			if (!sentence.asserts()) {
				continue;
			}
			int c = this.paraphrases.best(passage.words(), sentence.from(), sentence.to(), coverage);
			if (c >= 0 && seen.add(c)) {
				findings.add(finding(this.claims.get(c), passage.span(sentence), severity,
						Math.min(KEY_SCORE, coverage[0]),
						"covers %.0f%% of the content words of the myth or a paraphrase".formatted(100 * coverage[0])));
			}
			else if (c < 0) {
				semanticMatch(passage, sentence, coverage[1], severity, seen, findings);
			}
		}
	}

	/**
	 * The meaning-level match, for statements long enough to carry a claim that share at
	 * least {@value Paraphrases#NEAR_MISS_SHARED} content words and half of the content
	 * words of some myth or paraphrase: the gate keeps the model to sentences about a
	 * claim's subject, which is both the speed and most of the precision.
	 */
	private void semanticMatch(Passage passage, Words.Sentence sentence, double nearMiss, Severity severity,
			Set<Integer> seen, List<Finding> findings) {
		List<Words.Word> words = passage.words();
		int length = sentence.to() - sentence.from();
		if (length < SEMANTIC_MIN_WORDS || length > SEMANTIC_MAX_WORDS || nearMiss < SEMANTIC_COVERAGE
				|| !passage.takeEmbedding()) {
			return;
		}
		int[] span = passage.span(sentence);
		boolean negated = false;
		for (int i = sentence.from(); i < sentence.to(); i++) {
			negated |= Stance.isNegation(words.get(i).text());
		}
		float[] similarity = new float[1];
		int c = this.semantic.best(passage.text().substring(span[0], span[1]), negated, similarity);
		if (c >= 0 && seen.add(c)) {
			findings.add(finding(this.claims.get(c), span, severity, Math.min(KEY_SCORE, similarity[0]),
					"means the same as the myth or a paraphrase: similarity %.2f".formatted(similarity[0])));
		}
	}

	private static Finding finding(Claim claim, int[] span, Severity severity, double score, String how) {
		return new Finding(MisinformationCheck.NAME, claim.topic().toUpperCase(Locale.ROOT).replace('-', '_'), span[0],
				span[1], severity, score, claim.id(), "Repeats a known health myth: " + claim.myth(),
				claim.correction(), "Matched claim " + claim.id() + " (" + how + "). Source: " + claim.sourceName()
						+ ", " + claim.sourceUrl() + " (reviewed " + claim.lastReviewed() + ").");
	}

}
