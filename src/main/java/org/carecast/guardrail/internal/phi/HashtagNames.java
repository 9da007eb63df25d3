package org.carecast.guardrail.internal.phi;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Token;

/**
 * Finds a patient's name again inside hashtags ({@code #BraydenStrong}), where the
 * capitalised-word rules cannot see it.
 */
final class HashtagNames {

	void find(Analysis analysis, Set<String> patientWords, List<Candidate> found) {
		if (patientWords.isEmpty()) {
			return;
		}
		for (Token token : analysis.tokens()) {
			if (token.kind() != Token.Kind.HASHTAG) {
				continue;
			}
			String tag = analysis.text().substring(token.start() + 1, token.end());
			int partStart = 0;
			for (int i = 1; i <= tag.length(); i++) {
				boolean boundary = i == tag.length()
						|| (Character.isUpperCase(tag.charAt(i)) && !Character.isUpperCase(tag.charAt(i - 1)));
				if (boundary) {
					String part = tag.substring(partStart, i).toLowerCase(Locale.ROOT);
					if (patientWords.contains(part)) {
						int start = token.start() + 1 + partStart;
						found.add(new Candidate("NAME", start, start + part.length(), 0.6, "phi.name.hashtag",
								"a name found elsewhere in the text, inside a hashtag"));
					}
					partStart = i;
				}
			}
		}
	}

}
