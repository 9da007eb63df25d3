package org.carecast.guardrail.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Every match of a {@link StartPattern.Finder} or a plain {@link Matcher} as
 * {@code start-end:text}, so tests can prove a start pattern finds exactly what
 * {@code find()} finds.
 */
public final class MatchSpans {

	private MatchSpans() {
	}

	public static List<String> of(StartPattern.Finder finder) {
		List<String> result = new ArrayList<>();
		while (finder.find()) {
			result.add(describe(finder));
		}
		return result;
	}

	public static List<String> of(Matcher matcher) {
		List<String> result = new ArrayList<>();
		while (matcher.find()) {
			result.add(describe(matcher));
		}
		return result;
	}

	private static String describe(MatchResult match) {
		return match.start() + "-" + match.end() + ":" + match.group();
	}

}
