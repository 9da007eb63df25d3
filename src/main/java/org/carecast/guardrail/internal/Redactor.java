package org.carecast.guardrail.internal;

import java.util.List;
import java.util.Set;

import org.carecast.guardrail.Finding;

/**
 * Replaces identifier spans with typed placeholders such as {@code [NAME]}. Findings of
 * checks that do not mark identifiers (platform limits, reading level) are left alone.
 */
public final class Redactor {

	private static final Set<String> IDENTIFIER_CHECKS = Set.of("phi", PolicyTerms.CHECK);

	/**
	 * @param findings sorted by start offset
	 */
	public String redact(String text, List<Finding> findings) {
		StringBuilder out = new StringBuilder(text.length());
		int position = 0;
		for (Finding finding : findings) {
			if (!IDENTIFIER_CHECKS.contains(finding.check()) || finding.length() == 0) {
				continue;
			}
			if (finding.start() < position) {
				if (finding.end() > position) {
					position = finding.end();
				}
				continue;
			}
			out.append(text, position, finding.start()).append('[').append(finding.type()).append(']');
			position = finding.end();
		}
		out.append(text, Math.min(position, text.length()), text.length());
		return out.toString();
	}

	public static boolean redacts(Finding finding) {
		return IDENTIFIER_CHECKS.contains(finding.check()) && finding.length() > 0;
	}

}
