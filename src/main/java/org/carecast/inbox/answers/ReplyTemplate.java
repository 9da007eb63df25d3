package org.carecast.inbox.answers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Wraps retrieved text into a reply that is general health information, never advice for
 * the person: a short summary of the answer, where to read more, and a pointer to their
 * own clinician. Sentences with doses or amounts are left out of the summary (a dose read
 * in a public reply is a dosing instruction), and so are questions and list headings. A
 * reply is at most {@link #MAX_LENGTH} characters.
 */
public final class ReplyTemplate {

	public static final int MAX_LENGTH = 500;

	static final String CLOSING = "This is general health information. For advice about your own situation, "
			+ "talk with your clinician or contact us.";

	/** A summary shorter than this says too little to be worth a reply. */
	private static final int MIN_SUMMARY = 40;

	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}(\"\u201c])");

	private static final Pattern DOSE = Pattern.compile("(?i)\\b\\d+(?:[.,]\\d+)?\\s?(?:mg|mcg|\u00b5g|g|ml|"
			+ "milligrams?|micrograms?|grams?|units?|iu|tablets?|capsules?|pills?|drops?|puffs?)\\b"
			+ "|\\b(?:dose|dosage|doses)\\b");

	private static final Pattern LIST_MARKERS = Pattern.compile("^Key Points\\s*-\\s*|(?<=[.:])\\s+-\\s+");

	private ReplyTemplate() {
	}

	/**
	 * The reply, or empty when the answer leaves no summary worth sending within the
	 * limit.
	 */
	public static Optional<String> wrap(String answer, String sourceName, String sourceUrl) {
		String more = "\n\nMore from " + sourceName + ": " + sourceUrl + "\n\n" + CLOSING;
		int budget = MAX_LENGTH - more.length();
		if (budget < MIN_SUMMARY) {
			return Optional.empty();
		}
		String summary = summary(answer, budget);
		return (summary.length() < MIN_SUMMARY) ? Optional.empty() : Optional.of(summary + more);
	}

	/**
	 * Whole sentences that fit in {@code budget}; a first sentence too long is cut at a
	 * word.
	 */
	static String summary(String answer, int budget) {
		String text = LIST_MARKERS.matcher(answer.strip()).replaceAll(" ").strip();
		StringBuilder out = new StringBuilder();
		for (String sentence : SENTENCE_BREAK.split(text)) {
			String s = sentence.strip();
			if (s.isEmpty() || s.endsWith("?") || s.endsWith(":") || DOSE.matcher(s).find()) {
				continue;
			}
			int needed = s.length() + (out.isEmpty() ? 0 : 1);
			if (out.length() + needed <= budget) {
				out.append(out.isEmpty() ? "" : " ").append(s);
			}
			else {
				if (out.isEmpty()) {
					int cut = s.lastIndexOf(' ', budget - 1);
					out.append(s, 0, (cut > 0) ? cut : budget - 1).append('\u2026');
				}
				break;
			}
		}
		return out.toString();
	}

}
