package org.carecast.guardrail.internal.misinformation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text asserts a claim or only mentions it: a post that debunks ("Myth: ...",
 * "there is no evidence that ..."), reports ("people are saying ...") or denies it ("X
 * does not cause Y") is not spreading it. Questions are handled by the caller.
 */
final class Stance {

	/**
	 * Words that show a post is correcting or reporting a claim rather than making it.
	 */
	private static final Pattern DEBUNKING = Pattern.compile("\\b(?:myths?|mythbust\\w*|debunk\\w*"
			+ "|misinformation|disinformation|misconceptions?|rumou?rs?|falsely|false|not true|isn'?t true|untrue"
			+ "|fact[- ]?check\\w*|no evidence|no proof|no link|no connection|not linked|not been shown"
			+ "|(?:people|folks|some|many|they)(?: are| keep| have been)? (?:saying|claiming|sharing|posting|say|claim)"
			+ "|(?:friend|friends|someone|somebody|neighbou?r|he|she|mom|dad|sister|brother|aunt|uncle|coworker)(?: keeps?)? (?:says|said|told me|tells me|claims)|you may have heard|you might have heard|you(?:'ve| have) probably heard|claims? that"
			+ "|here'?s the truth|the truth is|truth:|the facts?|(?<!fun )facts?:|contrary to|don'?t believe"
			+ "|do not believe|don'?t fall for|do not fall for|disproven|disproved|been debunked|no basis|old wives. tale)\\b");

	/**
	 * Someone else's words, passed on to ask about or to push back: "my uncle thinks
	 * ...", "saw a video saying ...", "we keep hearing that ...", "some people worry that
	 * ...", or a question about whether it is true.
	 */
	private static final Pattern REPORTED = Pattern.compile("\\b(?:(?:someone|somebody|people|folks|everyone|"
			+ "relatives|a friend|my (?:[\\w-]+)|an? (?:ad|post|video|tiktok|reel|meme|article|influencer|guy|lady|"
			+ "woman|man|website|site|group)|this (?:ad|post|video|article|guy|lady|influencer))"
			+ "(?: [\\w'-]+){0,4}? (?:keeps? saying|keeps? telling|keeps? posting|swears?|thinks?|believes?|insists?|"
			+ "claimed|posted|shared|says|said|told me|tells me|saying|is convinced)"
			+ "|saw (?:an? |this |that )?(?:post|video|ad|article|tiktok|reel|meme|thread|headline|story)"
			+ "|(?:we|i) (?:keep |often |always )?hear(?:ing)? (?:that|this|it|people)|we hear this"
			+ "|(?:often |frequently |been |get |got |had |have |are )?asked (?:whether|if|about)|asking (?:whether|if)"
			+ "|questions? (?:about )?whether|(?:worry|worried|worries|fear|fears|afraid|concerned) that"
			+ "|any truth|is (?:that|this|it) (?:true|right|real|legit)|can (?:that|this|it) be (?:right|true)"
			+ "|can'?t be (?:right|true)|should i (?:be )?worr|how do (?:you|i) (?:even )?argue|true or false"
			+ "|fact or fiction|weigh in)\\b");

	/** Openings that make a sentence a question even without a question mark. */
	private static final Pattern ASKS = Pattern.compile("^(?:is (?:it|that|this) (?:true|safe|right)|does anyone"
			+ "|do you|anyone know|can (?:anyone|someone|somebody)|i wonder|wondering)\\b|\\bwhether\\b");

	private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "nothing", "none", "neither",
			"nor", "nunca", "unrelated", "dont", "doesnt", "isnt", "arent", "wont", "cant", "didnt", "wasnt", "werent",
			"shouldnt", "wouldnt", "couldnt", "havent", "hasnt");

	/** Verb negations govern the whole sentence ("Bleach DOES NOT cure COVID-19"). */
	private static final Set<String> VERB_NEGATIONS = Set.of("not", "never", "cannot", "dont", "doesnt", "isnt",
			"arent", "wont", "cant", "didnt", "wasnt", "werent", "shouldnt", "wouldnt", "couldnt", "havent", "hasnt");

	/**
	 * Words after a verb negation that make it rhetoric, not a denial ("they don't want
	 * you to know").
	 */
	private static final Set<String> RHETORIC = Set.of("want", "wants", "let", "tell", "admit", "care", "know",
			"listen", "trust", "you", "anyone", "people", "again");

	/** Verbs after a sentence-initial "don't" that make it advocacy. */
	private static final Set<String> IMPERATIVES = Set.of("vaccinate", "take", "get", "give", "let", "trust", "inject",
			"believe", "fall", "use", "buy");

	/** How many words before the first key a negation still governs it. */
	private static final int REACH = 3;

	private Stance() {
	}

	static boolean debunks(String lower) {
		String plain = lower.replace('\u2019', '\'');
		return DEBUNKING.matcher(plain).find() || REPORTED.matcher(plain).find();
	}

	/**
	 * Whether the sentence asks rather than tells, though it has no question mark: "is it
	 * true you can ...", "... whether fluoride ...".
	 */
	static boolean asks(String lowerSentence) {
		return ASKS.matcher(lowerSentence.replace('\u2019', '\'')).find();
	}

	/** Words of prevention and protection: the opposite of a claim of harm. */
	private static final Set<String> PROTECTIVE = Set.of("prevent", "prevents", "prevented", "preventing", "prevention",
			"protect", "protects", "protected", "protecting", "protection", "protective", "reduce", "reduces",
			"reduced", "reducing", "lowers", "safe", "safer", "safely");

	/** Whether any word in the range speaks of prevention, protection or safety. */
	static boolean protective(List<Words.Word> words, int from, int to) {
		for (int i = from; i < to; i++) {
			if (PROTECTIVE.contains(words.get(i).text())) {
				return true;
			}
		}
		return false;
	}

	static boolean protective(String text) {
		List<Words.Word> words = Words.words(text.toLowerCase(java.util.Locale.ROOT));
		return protective(words, 0, words.size());
	}

	/** Whether any word of the text is a negation. */
	static boolean containsNegation(String text) {
		for (Words.Word word : Words.words(text.toLowerCase(java.util.Locale.ROOT))) {
			if (isNegation(word.text())) {
				return true;
			}
		}
		return false;
	}

	static boolean isNegation(String word) {
		return NEGATIONS.contains(word) || word.endsWith("n't");
	}

	/**
	 * Whether a negation outside the key phrases governs the match: between its parts,
	 * just before it, or (for a one-part key) just after it.
	 */
	static boolean negated(String text, List<Words.Word> words, int from, int to, int[][] occurrences) {
		int low = Integer.MAX_VALUE;
		int high = Integer.MIN_VALUE;
		for (int[] occurrence : occurrences) {
			low = Math.min(low, occurrence[0]);
			high = Math.max(high, occurrence[1]);
		}
		for (int i = from; i < to; i++) {
			if (isVerbNegation(words.get(i).text()) && !inside(i, occurrences) && !rhetoric(words, from, to, i)
					&& !(i >= high && newClause(text, words.get(high - 1).end(), words.get(i).start()))) {
				return true;
			}
		}
		int reachAfter = (occurrences.length == 1) ? REACH : 0;
		for (int i = Math.max(from, low - REACH); i < Math.min(to, high + reachAfter); i++) {
			if (isNegation(words.get(i).text()) && !inside(i, occurrences) && !rhetoric(words, from, to, i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "They don't want you to know", "never again", or an imperative that urges rather
	 * than denies: "Don't vaccinate your babies".
	 */
	private static boolean rhetoric(List<Words.Word> words, int from, int to, int at) {
		if (at + 1 >= to) {
			return false;
		}
		String next = words.get(at + 1).text();
		return RHETORIC.contains(next) || (at == from && IMPERATIVES.contains(next));
	}

	/**
	 * Whether a comma, semicolon or dash separates a negation from the claim before it.
	 */
	private static boolean newClause(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == ',' || c == ';' || c == '\u2014' || c == '\u2013') {
				return true;
			}
		}
		return false;
	}

	private static boolean isVerbNegation(String word) {
		return VERB_NEGATIONS.contains(word) || word.endsWith("n't");
	}

	private static boolean inside(int index, int[][] occurrences) {
		for (int[] occurrence : occurrences) {
			if (index >= occurrence[0] && index < occurrence[1]) {
				return true;
			}
		}
		return false;
	}

}
