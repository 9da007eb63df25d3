package org.carecast.guardrail.internal.phi;

import java.util.ArrayList;
import java.util.List;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Token;

/**
 * Finds runs of up to four capitalised words or initials that are not common words,
 * titles or organization words: the candidates the name rules then judge.
 */
final class MentionFinder {

	private static final int MAX_TOKENS = 4;

	private final Lexicon lexicon;

	MentionFinder(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	List<Mention> find(Analysis analysis) {
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < analysis.size()) {
			if (!nameLike(analysis, i)) {
				i++;
				continue;
			}
			int last = i;
			int count = 1;
			while (count < MAX_TOKENS) {
				int next = isInitial(analysis, last) ? last + 2 : last + 1;
				if (next >= analysis.size() || !joined(analysis, next - 1) || !nameLike(analysis, next)) {
					break;
				}
				last = next;
				count++;
			}
			mentions.add(new Mention(i, last, analysis.token(i).start(), end(analysis, last)));
			i = last + 1;
		}
		return mentions;
	}

	boolean nameLike(Analysis analysis, int i) {
		if (isInitial(analysis, i)) {
			return true;
		}
		if (!analysis.capitalized(i)) {
			return false;
		}
		String lower = stripPossessive(analysis.lowerWord(i));
		return !this.lexicon.isCommon(lower) && !this.lexicon.honorifics().contains(lower)
				&& !this.lexicon.staffTitles().contains(lower) && !this.lexicon.orgWords().contains(lower)
				&& !this.lexicon.kinship().contains(lower) && !this.lexicon.patientCues().contains(lower)
				&& !this.lexicon.patientCues().contains(analysis.lowerWord(i)) && !lower.contains(".")
				&& !lower.contains("/") && !lower.chars().anyMatch(Character::isDigit);
	}

	/**
	 * An initial: {@code J} or {@code J.M} followed by a period.
	 */
	static boolean isInitial(Analysis analysis, int i) {
		Token token = analysis.token(i);
		if (token.kind() != Token.Kind.WORD || i + 1 >= analysis.size() || analysis.token(i + 1).start() != token.end()
				|| !".".equals(analysis.word(i + 1))) {
			return false;
		}
		String word = analysis.word(i);
		for (int k = 0; k < word.length(); k++) {
			char c = word.charAt(k);
			boolean ok = (k % 2 == 0) ? (c >= 'A' && c <= 'Z') : (c == '.');
			if (!ok) {
				return false;
			}
		}
		return word.length() <= 5 && !word.equals("I") && !word.equals("A");
	}

	static String stripPossessive(String lower) {
		if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
			return lower.substring(0, lower.length() - 2);
		}
		return lower;
	}

	private static boolean joined(Analysis analysis, int i) {
		String gap = analysis.gapAfter(i);
		return gap.equals(" ") || gap.equals(" \u201C") || gap.equals("\u201D ") || gap.equals(" \"")
				|| gap.equals("\" ");
	}

	private static int end(Analysis analysis, int last) {
		Token token = analysis.token(last);
		String word = analysis.word(last);
		if (isInitial(analysis, last)) {
			return token.end() + 1;
		}
		if (word.endsWith("'s") || word.endsWith("\u2019s")) {
			return token.end() - 2;
		}
		return token.end();
	}

}
