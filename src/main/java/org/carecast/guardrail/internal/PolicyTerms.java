package org.carecast.guardrail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Policy;
import org.carecast.guardrail.Severity;

/**
 * An organization's own allow and deny terms: allowed terms silence any finding inside
 * them; denied terms are reported wherever they occur as whole words.
 */
public final class PolicyTerms {

	public static final String CHECK = "policy";

	public List<Finding> denied(Analysis analysis, Policy policy, Severity severity) {
		List<Finding> findings = new ArrayList<>();
		for (String term : policy.denyTerms()) {
			for (int[] span : occurrences(analysis.lower(), term)) {
				findings.add(new Finding(CHECK, "TERM", span[0], span[1], severity, 1.0, "policy.deny-term",
						"Your organization does not allow this term.", "Remove or replace it.",
						"matched a deny term from the organization's policy"));
			}
		}
		return findings;
	}

	public List<Finding> withoutAllowed(List<Finding> findings, Analysis analysis, Policy policy) {
		if (policy.allowTerms().isEmpty()) {
			return findings;
		}
		List<int[]> allowed = new ArrayList<>();
		for (String term : policy.allowTerms()) {
			allowed.addAll(occurrences(analysis.lower(), term));
		}
		List<Finding> kept = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			boolean inside = false;
			for (int[] span : allowed) {
				inside |= finding.length() > 0 && span[0] <= finding.start() && finding.end() <= span[1];
			}
			if (!inside || finding.check().equals(CHECK)) {
				kept.add(finding);
			}
		}
		return kept;
	}

	private static List<int[]> occurrences(String lower, String term) {
		List<int[]> spans = new ArrayList<>();
		String needle = term.trim().toLowerCase(Locale.ROOT);
		if (needle.isEmpty()) {
			return spans;
		}
		int from = 0;
		int at;
		while ((at = lower.indexOf(needle, from)) >= 0) {
			int end = at + needle.length();
			boolean whole = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
					&& (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
			if (whole) {
				spans.add(new int[] { at, end });
			}
			from = at + 1;
		}
		return spans;
	}

}
