package org.carecast.guardrail.internal.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One lexicon line compiled into slots matched word by word inside one sentence. A slot
 * is one or more alternatives ({@code want|wanna}), a prefix ({@code suicid*}) or suffix
 * ({@code *statin}), any one word ({@code *}) or a gap of up to three words ({@code ~});
 * a trailing {@code ?} makes it optional. Phrases are a handful of slots, so backtracking
 * stays tiny.
 */
final class CuePhrase {

	private static final int GAP = 3;

	private final List<Slot> slots;

	private final Cue cue;

	private CuePhrase(List<Slot> slots, Cue cue) {
		this.slots = List.copyOf(slots);
		this.cue = cue;
	}

	static CuePhrase parse(String line, Cue cue) {
		List<Slot> slots = new ArrayList<>();
		for (String part : line.trim().split("\\s+")) {
			slots.add(Slot.parse(part));
		}
		if (slots.isEmpty() || slots.get(0).gap()) {
			throw new IllegalArgumentException("A cue phrase cannot start with a gap");
		}
		return new CuePhrase(slots, cue);
	}

	Cue cue() {
		return this.cue;
	}

	/** The literal words that can open the phrase. */
	Set<String> openers() {
		return this.slots.get(0).words();
	}

	/** The prefixes ({@code suicid*}) that can open the phrase. */
	List<String> openingPrefixes() {
		return this.slots.get(0).prefixes();
	}

	/** The suffixes ({@code *statin}) that can open the phrase. */
	List<String> openingSuffixes() {
		return this.slots.get(0).suffixes();
	}

	/** Whether any word, or a number, can open the phrase (it is tried at every word). */
	boolean opensAnywhere() {
		Slot first = this.slots.get(0);
		return first.any() || first.optional() || first.words().contains(MANY);
	}

	/** The index after the match that starts at {@code start}, or -1. */
	int match(WordSequence words, int start) {
		return match(words, start, 0, words.sentenceOf(start));
	}

	private int match(WordSequence words, int at, int slot, int sentence) {
		if (slot == this.slots.size()) {
			return at;
		}
		Slot current = this.slots.get(slot);
		if (current.gap()) {
			for (int skip = 0; skip <= GAP; skip++) {
				if (skip > 0 && (at + skip - 1 >= words.size() || words.sentenceOf(at + skip - 1) != sentence)) {
					break;
				}
				int end = match(words, at + skip, slot + 1, sentence);
				if (end >= 0) {
					return end;
				}
			}
			return -1;
		}
		if (at < words.size() && words.sentenceOf(at) == sentence && current.accepts(words.word(at))) {
			int end = match(words, at + 1, slot + 1, sentence);
			if (end >= 0) {
				return end;
			}
		}
		return current.optional() ? match(words, at, slot + 1, sentence) : -1;
	}

	private static final String MANY = "<many>";

	private static boolean many(String word) {
		if (word.isEmpty() || word.length() > 4) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return Integer.parseInt(word) >= 10;
	}

	private record Slot(Set<String> words, List<String> prefixes, List<String> suffixes, boolean any, boolean gap,
			boolean optional) {

		static Slot parse(String part) {
			boolean optional = part.length() > 1 && part.endsWith("?");
			String body = optional ? part.substring(0, part.length() - 1) : part;
			if (body.equals("~")) {
				return new Slot(Set.of(), List.of(), List.of(), false, true, false);
			}
			if (body.equals("*")) {
				return new Slot(Set.of(), List.of(), List.of(), true, false, optional);
			}
			List<String> words = new ArrayList<>();
			List<String> prefixes = new ArrayList<>();
			List<String> suffixes = new ArrayList<>();
			for (String alternative : body.split("\\|")) {
				if (alternative.length() > 1 && alternative.startsWith("*")) {
					suffixes.add(alternative.substring(1));
				}
				else if (alternative.length() > 1 && alternative.endsWith("*")) {
					prefixes.add(alternative.substring(0, alternative.length() - 1));
				}
				else if (!alternative.isEmpty()) {
					words.add(alternative);
				}
			}
			return new Slot(Set.copyOf(words), List.copyOf(prefixes), List.copyOf(suffixes), false, false, optional);
		}

		boolean accepts(String word) {
			if (this.any || this.words.contains(word) || (this.words.contains(MANY) && many(word))) {
				return true;
			}
			for (String prefix : this.prefixes) {
				if (word.startsWith(prefix)) {
					return true;
				}
			}
			for (String suffix : this.suffixes) {
				if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
					return true;
				}
			}
			return false;
		}

	}

}
