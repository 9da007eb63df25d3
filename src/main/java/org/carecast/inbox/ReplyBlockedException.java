package org.carecast.inbox;

import java.util.List;

/**
 * The guardrail stopped a reply. The messages are the guardrail's own plain-language
 * statements of each problem, which never quote the text.
 */
public class ReplyBlockedException extends RuntimeException {

	private final List<String> problems;

	public ReplyBlockedException(List<String> problems) {
		super("The reply did not pass the guardrail.");
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
