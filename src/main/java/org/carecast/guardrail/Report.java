package org.carecast.guardrail;

import java.util.List;

/**
 * The result of a scan.
 *
 * @param findings in order of their start offset, overlaps resolved per check
 * @param verdict the worst severity found, or {@link Verdict#PASS}
 * @param redactedText the text with every blocked or reviewed identifier replaced by a
 * typed placeholder such as {@code [NAME]}
 */
public record Report(List<Finding> findings, Verdict verdict, String redactedText) {

	public Report {
		findings = List.copyOf(findings);
	}

	public boolean blocks() {
		return this.verdict == Verdict.BLOCK;
	}

	@Override
	public String toString() {
		return "Report[" + this.verdict + ", " + this.findings.size() + " findings]";
	}

}
