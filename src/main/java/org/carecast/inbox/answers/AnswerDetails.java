package org.carecast.inbox.answers;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person enters for one of the organization's own answers, before it is checked.
 * {@link #problems(LocalDate)} names every field that needs attention, in words for the
 * form.
 */
public record AnswerDetails(String question, String answer, String sourceName, String sourceUrl, LocalDate reviewBy) {

	public static final int QUESTION_MAX = 300;

	/** Long enough for a few sentences; a reply keeps a summary of it within 500. */
	public static final int ANSWER_MAX = 1200;

	public AnswerDetails {
		question = clean(question);
		answer = clean(answer);
		sourceName = clean(sourceName);
		sourceUrl = clean(sourceUrl);
	}

	public Map<String, String> problems(LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.question.length() < 5 || this.question.length() > QUESTION_MAX) {
			problems.put("question", "Write the question as people ask it, in 5 to " + QUESTION_MAX + " characters.");
		}
		if (this.answer.length() < 20 || this.answer.length() > ANSWER_MAX) {
			problems.put("answer", "Write an answer of 20 to " + ANSWER_MAX + " characters.");
		}
		if (this.sourceName.isEmpty() || this.sourceName.length() > 120) {
			problems.put("sourceName", "Name the source the answer relies on (at most 120 characters).");
		}
		if (!webAddress(this.sourceUrl)) {
			problems.put("sourceUrl", "Give the source's web address, starting with https:// or http://.");
		}
		if (this.reviewBy == null || !this.reviewBy.isAfter(today)) {
			problems.put("reviewBy", "Give the date by which it must be reviewed again; it must be in the future.");
		}
		return problems;
	}

	@Override
	public String toString() {
		return "AnswerDetails[" + this.question.length() + " + " + this.answer.length() + " chars]";
	}

	static boolean webAddress(String value) {
		if (value.length() > 500) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

}
