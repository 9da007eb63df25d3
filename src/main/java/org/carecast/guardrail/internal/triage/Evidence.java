package org.carecast.guardrail.internal.triage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every cue found in one text, by group, with the words they were found in: what the
 * label rules read. Built once per text.
 */
final class Evidence {

	private final WordSequence words;

	private final Map<String, List<CueHit>> byGroup = new HashMap<>();

	/** Per group, the sentences holding one of its cues: a lookup, not a scan. */
	private final Map<String, BitSet> sentences = new HashMap<>();

	/** Per group, the word indexes where one of its cues ends. */
	private final Map<String, BitSet> ends = new HashMap<>();

	Evidence(WordSequence words, List<CueHit> hits) {
		this.words = words;
		for (CueHit hit : hits) {
			this.byGroup.computeIfAbsent(hit.group(), (key) -> new ArrayList<>()).add(hit);
			this.sentences.computeIfAbsent(hit.group(), (key) -> new BitSet()).set(hit.sentence());
			this.ends.computeIfAbsent(hit.group(), (key) -> new BitSet()).set(hit.end());
		}
	}

	WordSequence words() {
		return this.words;
	}

	List<CueHit> hits(String group) {
		return this.byGroup.getOrDefault(group, List.of());
	}

	boolean has(String group) {
		return this.byGroup.containsKey(group);
	}

	boolean inSentence(String group, int sentence) {
		BitSet set = this.sentences.get(group);
		return set != null && sentence >= 0 && set.get(sentence);
	}

	/**
	 * Whether a cue of the group ends within {@code reach} words before {@code start}.
	 */
	boolean before(String group, int start, int reach) {
		BitSet set = this.ends.get(group);
		if (set == null) {
			return false;
		}
		int sentence = this.words.sentenceOf(start);
		for (int end = Math.max(1, start - reach); end <= start; end++) {
			if (set.get(end) && this.words.sentenceOf(end - 1) == sentence) {
				return true;
			}
		}
		return false;
	}

	/** The hit of the group that carries the most weight, or {@code null}. */
	CueHit strongest(String... groups) {
		CueHit best = null;
		for (String group : groups) {
			for (CueHit hit : hits(group)) {
				if (best == null || hit.cue().weight() > best.cue().weight()) {
					best = hit;
				}
			}
		}
		return best;
	}

	/**
	 * Noisy-or of the groups' hits: independent cues add up, none reaches 1. The same
	 * word repeated counts once.
	 */
	double combined(String... groups) {
		double miss = 1;
		Set<String> seen = new HashSet<>();
		for (String group : groups) {
			for (CueHit hit : hits(group)) {
				if (seen.add(group + ' ' + this.words.word(hit.start()))) {
					miss *= 1 - hit.cue().weight();
				}
			}
		}
		return 1 - miss;
	}

}
