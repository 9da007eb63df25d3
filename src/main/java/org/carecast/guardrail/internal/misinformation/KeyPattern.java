package org.carecast.guardrail.internal.misinformation;

import java.util.ArrayList;
import java.util.List;

/**
 * A concept pattern from the claim base, such as {@code vaccin*|mmr + autis*}: every
 * group (separated by {@code +}) must occur in the sentence; a group is a choice of
 * phrases (separated by {@code |}); a phrase is one or more words, where a trailing
 * {@code *} matches any word starting with the stem.
 */
final class KeyPattern {

	private final String source;

	private final List<List<Term[]>> groups;

	private KeyPattern(String source, List<List<Term[]>> groups) {
		this.source = source;
		this.groups = groups;
	}

	static KeyPattern compile(String source) {
		List<List<Term[]>> groups = new ArrayList<>();
		for (String group : source.split("\\s\\+\\s")) {
			List<Term[]> phrases = new ArrayList<>();
			for (String phrase : group.split("\\|")) {
				List<Term> terms = new ArrayList<>();
				for (String piece : phrase.trim().split("\\s+")) {
					boolean prefix = piece.endsWith("*");
					List<Words.Word> words = Words.words(prefix ? piece.substring(0, piece.length() - 1) : piece);
					for (int i = 0; i < words.size(); i++) {
						terms.add(new Term(words.get(i).text(), prefix && i == words.size() - 1));
					}
				}
				if (terms.isEmpty()) {
					throw new IllegalArgumentException("Empty phrase in key pattern " + source);
				}
				phrases.add(terms.toArray(Term[]::new));
			}
			groups.add(List.copyOf(phrases));
		}
		return new KeyPattern(source, List.copyOf(groups));
	}

	String source() {
		return this.source;
	}

	/**
	 * The first word of each phrase of the first group: one of them must be in the text.
	 */
	List<Term> openingTerms() {
		return this.groups.get(0).stream().map((phrase) -> phrase[0]).toList();
	}

	int groupCount() {
		return this.groups.size();
	}

	/**
	 * Whether every group's phrases could occur in the text at all, judged by their first
	 * words against the text's vocabulary: a cheap filter before matching sentences.
	 */
	boolean mayOccur(Vocabulary vocabulary) {
		for (List<Term[]> group : this.groups) {
			boolean any = false;
			for (Term[] phrase : group) {
				if (vocabulary.contains(phrase[0])) {
					any = true;
					break;
				}
			}
			if (!any) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The first occurrence of each group within words {@code [from, to)}, as pairs of
	 * {start, end} word indices, or {@code null} when a group is missing.
	 */
	int[][] match(List<Words.Word> words, int from, int to) {
		int[][] found = new int[this.groups.size()][];
		for (int g = 0; g < this.groups.size(); g++) {
			found[g] = first(this.groups.get(g), words, from, to);
			if (found[g] == null) {
				return null;
			}
		}
		return found;
	}

	private static int[] first(List<Term[]> phrases, List<Words.Word> words, int from, int to) {
		for (int i = from; i < to; i++) {
			for (Term[] phrase : phrases) {
				if (i + phrase.length <= to && matchesAt(phrase, words, i)) {
					return new int[] { i, i + phrase.length };
				}
			}
		}
		return null;
	}

	private static boolean matchesAt(Term[] phrase, List<Words.Word> words, int at) {
		for (int k = 0; k < phrase.length; k++) {
			if (!phrase[k].matches(words.get(at + k).text())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One word of a phrase: exact, or a stem when {@code prefix}.
	 */
	record Term(String text, boolean prefix) {

		boolean matches(String word) {
			return this.prefix ? word.startsWith(this.text) : word.equals(this.text);
		}

	}

}
