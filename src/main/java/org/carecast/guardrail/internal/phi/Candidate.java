package org.carecast.guardrail.internal.phi;

/**
 * An identifier a detector found, before severity and wording are applied.
 *
 * @param type NAME, AGE, DATE, LOCATION, CONTACT or ID
 * @param start first index
 * @param end index after the span
 * @param score confidence between 0 and 1
 * @param rule the rule that fired
 * @param explanation pattern, validator verdict and context words (never the value)
 */
public record Candidate(String type, int start, int end, double score, String rule, String explanation) {

	public boolean overlaps(int otherStart, int otherEnd) {
		return this.start < otherEnd && otherStart < this.end;
	}

}
