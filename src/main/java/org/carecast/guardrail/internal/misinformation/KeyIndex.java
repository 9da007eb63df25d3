package org.carecast.guardrail.internal.misinformation;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim keys a text could match, found from the text's own words: each key is indexed
 * by the words and stems that can open its first group, so a text costs a few lookups per
 * distinct word instead of a vocabulary search for every phrase of every key (which was
 * the larger part of scanning an inbox item). {@link KeyPattern#mayOccur} then checks the
 * candidates' other groups.
 */
final class KeyIndex {

	private final Map<String, BitSet> words = new HashMap<>();

	private final Map<String, BitSet> stems = new HashMap<>();

	private int longestStem;

	/**
	 * @param keys every key, numbered by its position in the list
	 */
	KeyIndex(List<KeyPattern> keys) {
		for (int k = 0; k < keys.size(); k++) {
			for (KeyPattern.Term term : keys.get(k).openingTerms()) {
				(term.prefix() ? this.stems : this.words).computeIfAbsent(term.text(), (t) -> new BitSet()).set(k);
				if (term.prefix()) {
					this.longestStem = Math.max(this.longestStem, term.text().length());
				}
			}
		}
	}

	/** The positions of the keys whose first group has an opening word in the text. */
	BitSet candidates(Vocabulary vocabulary) {
		BitSet found = new BitSet();
		for (String word : vocabulary.words()) {
			add(found, this.words.get(word));
			for (int length = 1; length <= Math.min(word.length(), this.longestStem); length++) {
				add(found, this.stems.get(word.substring(0, length)));
			}
		}
		return found;
	}

	private static void add(BitSet found, BitSet keys) {
		if (keys != null) {
			found.or(keys);
		}
	}

}
