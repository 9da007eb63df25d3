package org.carecast.guardrail.internal.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of one lexicon file under {@code guardrail/triage/}, indexed by their first
 * word so a text costs one map lookup per word plus the few phrases that can open
 * anywhere. A line {@code @ group weight | reason} starts a group; the phrases below it
 * share that cue. {@code #} starts a comment.
 */
final class CueList {

	private final Map<String, List<CuePhrase>> byOpener = new HashMap<>();

	private final Map<String, List<CuePhrase>> byPrefix = new HashMap<>();

	private final Map<String, List<CuePhrase>> bySuffix = new HashMap<>();

	private final List<CuePhrase> anywhere = new ArrayList<>();

	/**
	 * The lengths the indexed prefixes and suffixes come in, shortest first, and each one
	 * cut to the shortest length: a word whose first (last) letters are none of these
	 * opens no prefix (suffix) phrase, which settles most words with one lookup instead
	 * of one per possible length.
	 */
	private final int[] prefixLengths;

	private final int[] suffixLengths;

	private final Set<String> prefixHeads = new HashSet<>();

	private final Set<String> suffixTails = new HashSet<>();

	private CueList(List<CuePhrase> phrases) {
		for (CuePhrase phrase : phrases) {
			if (phrase.opensAnywhere()) {
				this.anywhere.add(phrase);
				continue;
			}
			phrase.openers().forEach((word) -> index(this.byOpener, word, phrase));
			for (String prefix : phrase.openingPrefixes()) {
				index(this.byPrefix, prefix, phrase);
			}
			for (String suffix : phrase.openingSuffixes()) {
				index(this.bySuffix, suffix, phrase);
			}
		}
		this.prefixLengths = lengths(this.byPrefix.keySet());
		this.suffixLengths = lengths(this.bySuffix.keySet());
		for (String prefix : this.byPrefix.keySet()) {
			this.prefixHeads.add(prefix.substring(0, this.prefixLengths[0]));
		}
		for (String suffix : this.bySuffix.keySet()) {
			this.suffixTails.add(suffix.substring(suffix.length() - this.suffixLengths[0]));
		}
	}

	private static int[] lengths(Set<String> keys) {
		return keys.stream().mapToInt(String::length).distinct().sorted().toArray();
	}

	private static void index(Map<String, List<CuePhrase>> map, String key, CuePhrase phrase) {
		map.computeIfAbsent(key, (k) -> new ArrayList<>()).add(phrase);
	}

	static CueList load(String name) {
		String path = "/guardrail/triage/" + name + ".txt";
		try (InputStream in = CueList.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing triage lexicon " + path);
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CueList parse(List<String> lines) {
		List<CuePhrase> phrases = new ArrayList<>();
		Cue cue = null;
		for (String raw : lines) {
			int hash = raw.indexOf('#');
			String line = ((hash >= 0 && !raw.startsWith("@")) ? raw.substring(0, hash) : raw).trim();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("@")) {
				cue = header(line);
			}
			else if (cue == null) {
				throw new IllegalArgumentException("A triage lexicon phrase comes before any @ group line");
			}
			else {
				for (String flat : expand(line)) {
					phrases.add(CuePhrase.parse(flat, cue));
				}
			}
		}
		return new CueList(phrases);
	}

	/**
	 * Writes out each {@code (a b|c)} group, and each optional {@code (a)?} group, so a
	 * line becomes the flat phrases it stands for. A group of single words, such as
	 * {@code (want|wants|wanted)} or {@code (own)?}, stays one slot
	 * ({@code want|wants|wanted}, {@code own?}) instead: written out, a line of three
	 * such groups became hundreds of phrases sharing one opening word, each matched on
	 * its own wherever the word occurs ("got" opened 308 phrases), which was most of the
	 * triage's time. Only an optional group that opens the line is still written out, so
	 * the phrase stays indexed by its first word rather than tried at every word.
	 */
	static List<String> expand(String line) {
		int open = line.indexOf('(');
		if (open < 0) {
			return List.of(line.trim().replaceAll("\\s+", " "));
		}
		int close = line.indexOf(')', open);
		if (close < 0) {
			throw new IllegalArgumentException("Unclosed group in a triage lexicon phrase");
		}
		boolean optional = close + 1 < line.length() && line.charAt(close + 1) == '?';
		String head = line.substring(0, open);
		String tail = line.substring(optional ? close + 2 : close + 1);
		List<String> alternatives = new ArrayList<>(List.of(line.substring(open + 1, close).split("\\|", -1)));
		if (singleWords(alternatives) && !(optional && head.isBlank())) {
			String slot = String.join("|", alternatives.stream().map(String::trim).toList());
			return expand(head + " " + slot + (optional ? "? " : " ") + tail);
		}
		if (optional) {
			alternatives.add("");
		}
		List<String> out = new ArrayList<>();
		for (String alternative : alternatives) {
			out.addAll(expand(head + " " + alternative + " " + tail));
		}
		return out;
	}

	/** Alternatives that each fill exactly one slot: one word, prefix or suffix. */
	private static boolean singleWords(List<String> alternatives) {
		for (String alternative : alternatives) {
			String word = alternative.trim();
			if (word.isEmpty() || word.contains(" ") || word.equals("*") || word.equals("~") || word.endsWith("?")) {
				return false;
			}
		}
		return true;
	}

	private static Cue header(String line) {
		int bar = line.indexOf('|');
		String[] head = line.substring(1, (bar > 0) ? bar : line.length()).trim().split("\\s+");
		if (head.length != 2 || bar < 0) {
			throw new IllegalArgumentException("A group line reads: @ group weight | reason");
		}
		return new Cue(head[0], Double.parseDouble(head[1]), line.substring(bar + 1).trim());
	}

	/** Every phrase that matches, at every word where it starts. */
	List<CueHit> find(WordSequence words) {
		List<CueHit> hits = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.word(i);
			collect(this.byOpener.get(word), words, i, hits);
			// Each prefix and suffix of the word is one lookup, so a list of drug-name
			// endings costs the same as one.
			if (this.prefixLengths.length > 0 && word.length() >= this.prefixLengths[0]
					&& this.prefixHeads.contains(word.substring(0, this.prefixLengths[0]))) {
				for (int k : this.prefixLengths) {
					if (k <= word.length()) {
						collect(this.byPrefix.get(word.substring(0, k)), words, i, hits);
					}
				}
			}
			// A suffix leaves at least three letters before it (see CuePhrase).
			if (this.suffixLengths.length > 0 && this.suffixLengths[0] + 2 < word.length()
					&& this.suffixTails.contains(word.substring(word.length() - this.suffixLengths[0]))) {
				for (int k : this.suffixLengths) {
					if (k + 2 < word.length()) {
						collect(this.bySuffix.get(word.substring(word.length() - k)), words, i, hits);
					}
				}
			}
			collect(this.anywhere, words, i, hits);
		}
		return hits;
	}

	private static void collect(List<CuePhrase> phrases, WordSequence words, int start, List<CueHit> hits) {
		if (phrases == null) {
			return;
		}
		for (CuePhrase phrase : phrases) {
			int end = phrase.match(words, start);
			if (end > start) {
				hits.add(new CueHit(phrase.cue(), start, end, words.sentenceOf(start)));
			}
		}
	}

}
