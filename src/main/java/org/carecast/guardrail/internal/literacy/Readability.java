package org.carecast.guardrail.internal.literacy;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Token;

/**
 * Reading-level formulas over the shared tokens: Flesch–Kincaid grade, Flesch reading
 * ease and SMOG. Words are word tokens with a letter (handles, hashtags and links are
 * left out); sentences end at . ! ? or a line break.
 *
 * @param words number of words
 * @param sentences number of sentences (at least 1)
 * @param syllables total syllables
 * @param polysyllables words of three or more syllables
 */
record Readability(int words, int sentences, int syllables, int polysyllables) {

	static Readability of(Analysis analysis) {
		int words = 0;
		int sentences = 0;
		int syllables = 0;
		int polysyllables = 0;
		boolean open = false;
		for (int i = 0; i < analysis.size(); i++) {
			Token token = analysis.token(i);
			if (token.kind() == Token.Kind.WORD && plainWord(analysis.text(), token)) {
				int count = Syllables.count(analysis.word(i));
				if (count > 0) {
					words++;
					syllables += count;
					polysyllables += (count >= 3) ? 1 : 0;
					open = true;
				}
			}
			boolean end = token.kind() == Token.Kind.PUNCT && token.length() == 1
					&& ".!?".indexOf(analysis.text().charAt(token.start())) >= 0;
			boolean lineBreak = lineBreakAfter(analysis, i);
			if (open && (end || lineBreak)) {
				sentences++;
				open = false;
			}
		}
		return new Readability(words, Math.max(1, sentences + (open ? 1 : 0)), syllables, polysyllables);
	}

	private static boolean plainWord(String text, Token token) {
		for (int i = token.start(); i < token.end(); i++) {
			char c = text.charAt(i);
			if (c == '/' || c == '@') {
				return false;
			}
		}
		return true;
	}

	private static boolean lineBreakAfter(Analysis analysis, int index) {
		int end = (index + 1 < analysis.size()) ? analysis.token(index + 1).start() : analysis.text().length();
		for (int i = analysis.token(index).end(); i < end; i++) {
			if (analysis.text().charAt(i) == '\n') {
				return true;
			}
		}
		return false;
	}

	static double fleschKincaidGrade(int words, int sentences, int syllables) {
		return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
	}

	static double fleschReadingEase(int words, int sentences, int syllables) {
		return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
	}

	static double smog(int polysyllables, int sentences) {
		return 1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
	}

	double grade() {
		return fleschKincaidGrade(this.words, this.sentences, this.syllables);
	}

	double smog() {
		return smog(this.polysyllables, this.sentences);
	}

}
