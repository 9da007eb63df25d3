package org.carecast.guardrail.internal.misinformation;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct words of one text, sorted, so exact words and stems are found by binary
 * search.
 */
final class Vocabulary {

	private final String[] sorted;

	Vocabulary(List<Words.Word> words) {
		this.sorted = words.stream().map(Words.Word::text).distinct().sorted().toArray(String[]::new);
	}

	/** The distinct words, sorted; not to be changed. */
	String[] words() {
		return this.sorted;
	}

	boolean contains(KeyPattern.Term term) {
		int at = Arrays.binarySearch(this.sorted, term.text());
		if (at >= 0) {
			return true;
		}
		int next = -at - 1;
		return term.prefix() && next < this.sorted.length && this.sorted[next].startsWith(term.text());
	}

}
