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

	/** A sentence this short is a fragment of the one before ("Autism, right after."). */
	private static final int FRAGMENT_WORDS = 3;

	private static final Set<String> ANAPHORS = Set.of("it", "it's", "they", "they're", "this", "these", "that",
			"those", "which");

	static final int SEMANTIC_GATE = 2;

	private static final int SEMANTIC_MIN_WORDS = 4;

	private final List<Claim> claims;

	private final List<List<KeyPattern>> keys = new ArrayList<>();

	private final List<Boolean> protective = new ArrayList<>();

	private final Paraphrases paraphrases;

	private final SemanticMatcher semantic;

	public MisinformationCheck() {
		this(ClaimBase.load());
	}

	public MisinformationCheck(ClaimBase base) {
		this(base, SentenceEncoder.shared());
	}

	public MisinformationCheck(ClaimBase base, SentenceEncoder encoder) {
		this.claims = base.claims();
		for (Claim claim : this.claims) {
			this.keys.add(claim.keys().stream().map(KeyPattern::compile).toList());
			this.protective
				.add(Stance.protective(claim.myth()) || claim.paraphrases().stream().anyMatch(Stance::protective));
		}
		this.paraphrases = new Paraphrases(this.claims);
		this.semantic = new SemanticMatcher(this.claims, encoder);
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
					int[] span = keyMatch(key, analysis.text(), words, sentences, this.protective.get(c));
					if (span != null) {
						seen.add(c);
						findings.add(finding(this.claims.get(c), span, severity, KEY_SCORE, "key " + key.source()));
					}
				}
			}
		}
		double[] coverage = new double[1];
		for (Words.Sentence sentence : sentences) {
			if (!sentence.asserts()) {
				continue;
			}
			int c = this.paraphrases.best(words, sentence.from(), sentence.to(), coverage);
			if (c >= 0 && seen.add(c)) {
				int[] span = { words.get(sentence.from()).start(), words.get(sentence.to() - 1).end() };
				findings.add(finding(this.claims.get(c), span, severity, Math.min(KEY_SCORE, coverage[0]),
						"covers %.0f%% of the content words of the myth or a paraphrase".formatted(100 * coverage[0])));
			}
			else if (c < 0) {
				semanticMatch(analysis.text(), words, sentence, severity, seen, findings);
			}
		}
		return findings;
	}

	/**
	 * The meaning-level match, for statements long enough to carry a claim that share at
	 * least {@value #SEMANTIC_GATE} content words with some myth or paraphrase: the gate
	 * keeps the model to sentences about a claim's subject, which is both the speed and
	 * most of the precision.
	 */
	private void semanticMatch(String text, List<Words.Word> words, Words.Sentence sentence, Severity severity,
			Set<Integer> seen, List<Finding> findings) {
		if (sentence.to() - sentence.from() < SEMANTIC_MIN_WORDS
				|| this.paraphrases.mostShared(words, sentence.from(), sentence.to()) < SEMANTIC_GATE) {
			return;
		}
		int start = words.get(sentence.from()).start();
		int end = words.get(sentence.to() - 1).end();
		boolean negated = false;
		for (int i = sentence.from(); i < sentence.to(); i++) {
			negated |= Stance.isNegation(words.get(i).text());
		}
		float[] similarity = new float[1];
		int c = this.semantic.best(text.substring(start, end), negated, similarity);
		if (c >= 0 && seen.add(c)) {
			findings
				.add(finding(this.claims.get(c), new int[] { start, end }, severity, Math.min(KEY_SCORE, similarity[0]),
						"means the same as the myth or a paraphrase: similarity %.2f".formatted(similarity[0])));
		}
	}

	/**
	 * The character span of the first statement (one sentence, or a sentence and the one
	 * before it) that asserts the key, or {@code null}. A sentence that speaks of
	 * prevention or protection ("HPV vaccination prevents cancers caused by HPV") does
	 * not assert a claim of harm, unless the claim itself is about protection ("vitamin C
	 * prevents colds").
	 */
	private static int[] keyMatch(KeyPattern key, String text, List<Words.Word> words, List<Words.Sentence> sentences,
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

	private static Finding finding(Claim claim, int[] span, Severity severity, double score, String how) {
		return new Finding(NAME, claim.topic().toUpperCase(java.util.Locale.ROOT).replace('-', '_'), span[0], span[1],
				severity, score, claim.id(), "Repeats a known health myth: " + claim.myth(), claim.correction(),
				"Matched claim " + claim.id() + " (" + how + "). Source: " + claim.sourceName() + ", "
						+ claim.sourceUrl() + " (reviewed " + claim.lastReviewed() + ").");
	}

}
