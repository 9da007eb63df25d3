package org.carecast.guardrail.internal.misinformation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits lower-cased text into normalised words (accents removed, curly apostrophes made
 * straight, hyphens split) and sentences, keeping offsets into the original text.
 */
final class Words {

	private Words() {
	}

	/**
	 * A normalised word and its span in the text.
	 */
	record Word(String text, int start, int end) {
	}

	/**
	 * A sentence as a range of word indices; {@code question} when it ends with a
	 * question mark or asks without one; {@code quoted} when it stands inside quotation
	 * marks (someone else's words, usually being answered).
	 */
	record Sentence(int from, int to, boolean question, boolean quoted) {

		/** Whether the sentence makes a statement of its own. */
		boolean asserts() {
			return !this.question && !this.quoted;
		}

	}

	static List<Word> words(String lower) {
		List<Word> words = new ArrayList<>();
		int length = lower.length();
		int i = 0;
		while (i < length) {
			if (!Character.isLetterOrDigit(lower.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < length && (Character.isLetterOrDigit(lower.charAt(i)) || (isApostrophe(lower.charAt(i))
					&& i + 1 < length && Character.isLetterOrDigit(lower.charAt(i + 1))))) {
				i++;
			}
			if (i < length && lower.charAt(i) == '%') {
				i++;
			}
			words.add(new Word(normalise(lower.substring(start, i)), start, i));
		}
		return words;
	}

	/**
	 * Sentences end where the gap between two words holds a full stop, question or
	 * exclamation mark followed by a space, or a line break.
	 */
	static List<Sentence> sentences(String text, List<Word> words) {
		List<Sentence> sentences = new ArrayList<>();
		int from = 0;
		// Quotation marks before the current sentence, counted once in a single pass.
		int quotes = 0;
		int counted = 0;
		for (int w = 0; w < words.size(); w++) {
			int gapEnd = (w + 1 < words.size()) ? words.get(w + 1).start() : text.length();
			int end = endOfSentence(text, words.get(w).end(), gapEnd, w + 1 == words.size());
			if (end != 0) {
				int start = words.get(from).start();
				int stop = words.get(w).end();
				boolean asks = Stance.asks(text.substring(start, stop).toLowerCase(Locale.ROOT));
				quotes += countQuotes(text, counted, start);
				counted = start;
				sentences.add(new Sentence(from, w + 1, end == 2 || asks, quotes % 2 == 1 && closesQuote(text, stop)));
				from = w + 1;
			}
		}
		return sentences;
	}

	/**
	 * 0 when the gap does not end a sentence, 1 when it does, 2 when it ends a question.
	 */
	private static int endOfSentence(String text, int from, int to, boolean last) {
		boolean terminal = last;
		boolean question = false;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '?') {
				question = true;
			}
			if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == '\u2026')
					&& (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))))) {
				terminal = true;
			}
		}
		if (!terminal) {
			return 0;
		}
		return question ? 2 : 1;
	}

	private static int countQuotes(String text, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			if (isQuote(text.charAt(i))) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Whether a quotation mark closes within a few characters after {@code stop}: with an
	 * odd number of marks before the sentence, it then stands inside quotation marks.
	 */
	private static boolean closesQuote(String text, int stop) {
		for (int i = stop; i < Math.min(text.length(), stop + 3); i++) {
			if (isQuote(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '\u201C' || c == '\u201D';
	}

	static String normalise(String word) {
		String plain = word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
		for (int i = 0; i < plain.length(); i++) {
			if (plain.charAt(i) > 0x7F) {
				return Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
			}
		}
		return plain;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019';
	}

}
