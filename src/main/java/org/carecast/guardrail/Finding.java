package org.carecast.guardrail;

import java.util.Objects;

/**
 * One problem found in a text. Offsets are Java {@code String} indices (UTF-16 code
 * units), end exclusive. A finding never holds the matched text itself.
 *
 * @param check the check that found it, for example {@code phi}
 * @param type what was found, for example {@code NAME}
 * @param start first index of the span
 * @param end index after the span
 * @param severity how strongly it holds back the text
 * @param score confidence between 0 and 1
 * @param rule the rule that fired, for example {@code phi.name.kinship}
 * @param message a plain-language statement of the problem
 * @param suggestion how to fix it
 * @param explanation why the rule fired: pattern, validator verdict, context words
 * @param replacement text that can replace the span as it stands (a plain word for a
 * jargon term), or {@code null}
 */
public record Finding(String check, String type, int start, int end, Severity severity, double score, String rule,
		String message, String suggestion, String explanation, String replacement) {

	public Finding {
		Objects.requireNonNull(check, "check");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(severity, "severity");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid span " + start + ".." + end);
		}
	}

	/** A finding with no direct replacement text. */
	public Finding(String check, String type, int start, int end, Severity severity, double score, String rule,
			String message, String suggestion, String explanation) {
		this(check, type, start, end, severity, score, rule, message, suggestion, explanation, null);
	}

	public int length() {
		return this.end - this.start;
	}

	public boolean overlaps(Finding other) {
		return this.start < other.end && other.start < this.end;
	}

	public Finding withSeverity(Severity newSeverity) {
		return new Finding(this.check, this.type, this.start, this.end, newSeverity, this.score, this.rule,
				this.message, this.suggestion, this.explanation, this.replacement);
	}

	/**
	 * The same finding with text that can replace its span as it stands (a one-click
	 * fix).
	 */
	public Finding withReplacement(String text) {
		return new Finding(this.check, this.type, this.start, this.end, this.severity, this.score, this.rule,
				this.message, this.suggestion, this.explanation, text);
	}

}
