package org.carecast.guardrail.internal.triage;

import java.util.ArrayList;
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

	Evidence(WordSequence words, List<CueHit> hits) {
		this.words = words;
		for (CueHit hit : hits) {
			this.byGroup.computeIfAbsent(hit.group(), (key) -> new ArrayList<>()).add(hit);
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
		for (CueHit hit : hits(group)) {
			if (hit.sentence() == sentence) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a cue of the group ends within {@code reach} words before {@code start}.
	 */
	boolean before(String group, int start, int reach) {
		for (CueHit hit : hits(group)) {
			if (hit.end() <= start && start - hit.end() <= reach && hit.sentence() == this.words.sentenceOf(start)) {
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
