package org.carecast.guardrail.internal.misinformation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Check;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;

/**
 * Finds sentences that assert a known health myth from the {@link ClaimBase}. Each
 * sentence (and each pair of neighbouring sentences, so "Ear infections? Our adjustments
 * cure them." counts) is matched against every claim's key patterns, then against every
 * myth and paraphrase by word overlap. Questions, negated matches and posts that debunk
 * or report a claim are not findings. An outbound post that asserts a myth is blocked; an
 * inbound one goes to review. The finding names the claim, offers its correction and
 * cites its source.
 */
public final class MisinformationCheck implements Check {

	public static final String NAME = "misinformation";

	private static final double KEY_SCORE = 0.9;

	private static final int HEADLINE_WORDS = 4;

	private final List<Claim> claims;

	private final List<List<KeyPattern>> keys = new ArrayList<>();

	private final Paraphrases paraphrases;

	public MisinformationCheck() {
		this(ClaimBase.load());
	}

	public MisinformationCheck(ClaimBase base) {
		this.claims = base.claims();
		for (Claim claim : this.claims) {
			this.keys.add(claim.keys().stream().map(KeyPattern::compile).toList());
		}
		this.paraphrases = new Paraphrases(this.claims);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Finding> inspect(Analysis analysis, ScanContext context) {
		if (Stance.debunks(analysis.lower())) {
			return List.of();
		}
		List<Words.Word> words = Words.words(analysis.lower());
		List<Words.Sentence> sentences = Words.sentences(analysis.text(), words);
		Severity severity = context.direction().isOutbound() ? Severity.BLOCK : Severity.REVIEW;
		List<Finding> findings = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		Vocabulary vocabulary = new Vocabulary(words);
		for (int c = 0; c < this.claims.size(); c++) {
			for (KeyPattern key : this.keys.get(c)) {
				if (!seen.contains(c) && key.mayOccur(vocabulary)) {
					int[] span = keyMatch(key, analysis.text(), words, sentences);
					if (span != null) {
						seen.add(c);
						findings.add(finding(this.claims.get(c), span, severity, KEY_SCORE, "key " + key.source()));
					}
				}
			}
		}
		double[] coverage = new double[1];
		for (Words.Sentence sentence : sentences) {
			if (sentence.question()) {
				continue;
			}
			int c = this.paraphrases.best(words, sentence.from(), sentence.to(), coverage);
			if (c >= 0 && seen.add(c)) {
				int[] span = { words.get(sentence.from()).start(), words.get(sentence.to() - 1).end() };
				findings.add(finding(this.claims.get(c), span, severity, Math.min(KEY_SCORE, coverage[0]),
						"covers %.0f%% of the content words of the myth or a paraphrase".formatted(100 * coverage[0])));
			}
		}
		return findings;
	}

	/**
	 * The character span of the first statement (one sentence, or a sentence and the one
	 * before it) that asserts the key, or {@code null}.
	 */
	private static int[] keyMatch(KeyPattern key, String text, List<Words.Word> words, List<Words.Sentence> sentences) {
		for (int s = 0; s < sentences.size(); s++) {
			Words.Sentence sentence = sentences.get(s);
			if (sentence.question()) {
				continue;
			}
			int[][] found = key.match(words, sentence.from(), sentence.to());
			int from = sentence.from();
			if (found == null && s > 0 && key.groupCount() > 1 && leadsInto(sentences.get(s - 1))
					&& key.match(words, sentences.get(s - 1).from(), sentence.from()) == null) {
				// A key split over two sentences: "Ear infections? Our adjustments cure
				// them."
				from = sentences.get(s - 1).from();
				found = key.match(words, from, sentence.to());
			}
			if (found != null && !Stance.negated(text, words, from, sentence.to(), found)) {
				return new int[] { words.get(from).start(), words.get(sentence.to() - 1).end() };
			}
		}
		return null;
	}

	/**
	 * Whether a sentence can carry a claim on into the next one: a statement, or a short
	 * headline question ("Ear infections?", "Feeling run down?").
	 */
	private static boolean leadsInto(Words.Sentence previous) {
		return !previous.question() || previous.to() - previous.from() <= HEADLINE_WORDS;
	}

	private static Finding finding(Claim claim, int[] span, Severity severity, double score, String how) {
		return new Finding(NAME, claim.topic().toUpperCase(java.util.Locale.ROOT).replace('-', '_'), span[0], span[1],
				severity, score, claim.id(), "Repeats a known health myth: " + claim.myth(), claim.correction(),
				"Matched claim " + claim.id() + " (" + how + "). Source: " + claim.sourceName() + ", "
						+ claim.sourceUrl() + " (reviewed " + claim.lastReviewed() + ").");
	}

}
