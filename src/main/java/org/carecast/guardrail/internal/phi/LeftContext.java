package org.carecast.guardrail.internal.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Token;

/**
 * The words just before a token, within its sentence: where name cues are looked for.
 */
final class LeftContext {

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "dra", "sr", "sra", "st", "pt",
			"sen", "rep", "prof", "no", "jr", "gov", "mx");

	private LeftContext() {
	}

	/**
	 * Up to three words before a token, lower case, skipping punctuation and emoji.
	 */
	static List<String> words(Analysis analysis, int index) {
		List<String> words = new ArrayList<>(3);
		for (int i = index - 1; i >= 0 && words.size() < 3 && i >= index - 6; i--) {
			Token token = analysis.token(i);
			if (token.kind() == Token.Kind.WORD) {
				words.add(analysis.lowerWord(i).replace('\u2019', '\''));
			}
			else if (token.kind() == Token.Kind.NUMBER || token.kind() == Token.Kind.HANDLE
					|| endsSentence(analysis, i)) {
				break;
			}
		}
		return words;
	}

	/**
	 * Whether punctuation at {@code i} ends a sentence: ! ? or a period that does not
	 * close an abbreviation such as "Mr." or an initial.
	 */
	private static boolean endsSentence(Analysis analysis, int i) {
		String mark = analysis.word(i);
		if (mark.equals("!") || mark.equals("?")) {
			return true;
		}
		if (!mark.equals(".")) {
			return false;
		}
		if (i == 0 || analysis.token(i - 1).end() != analysis.token(i).start()) {
			return true;
		}
		String previous = analysis.lowerWord(i - 1);
		boolean initial = previous.length() == 1 || (previous.length() <= 5 && previous.charAt(1) == '.');
		return !initial && !ABBREVIATIONS.contains(previous);
	}

}
