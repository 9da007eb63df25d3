package org.carecast.guardrail.internal.phi;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Token;

/**
 * Inbound messages are often all lower case ("my son jaxon", "his name is leo"): a listed
 * given name right after a relation word or "name is" counts even uncapitalised.
 */
final class LowerCaseNames {

	private final Lexicon lexicon;

	private final Set<String> lowerFirstNames;

	LowerCaseNames(Lexicon lexicon) {
		this.lexicon = lexicon;
		Set<String> lower = new HashSet<>();
		for (String name : lexicon.firstNames()) {
			lower.add(name.toLowerCase(Locale.ROOT));
		}
		this.lowerFirstNames = Set.copyOf(lower);
	}

	void find(Analysis analysis, List<Candidate> found) {
		for (int i = 1; i < analysis.size(); i++) {
			Token token = analysis.token(i);
			String word = MentionFinder.stripPossessive(analysis.word(i));
			if (token.kind() != Token.Kind.WORD || word.length() < 3 || !Character.isLowerCase(word.charAt(0))
					|| !this.lowerFirstNames.contains(word) || this.lexicon.isCommon(word)
					|| this.lexicon.ambiguousNames().contains(word) || this.lexicon.kinship().contains(word)) {
				continue;
			}
			List<String> left = LeftContext.words(analysis, i);
			String w1 = left.isEmpty() ? "" : left.get(0);
			String w2 = (left.size() > 1) ? left.get(1) : "";
			boolean cue = (this.lexicon.kinship().contains(w1) && analysis.token(i - 1).kind() == Token.Kind.WORD)
					|| w1.equals("named") || w1.equals("name's")
					|| (w1.equals("is") && (w2.equals("name") || w2.equals("this")));
			int end = token.start() + word.length();
			if (cue && !AgeDetector.overlapsExisting(found, token.start(), end)) {
				found.add(new Candidate("NAME", token.start(), end, 0.7, "phi.name.lower-case-cue",
						"given name in lower case after a relation word or \"name is\""));
			}
		}
	}

}
