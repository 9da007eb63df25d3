package org.carecast.guardrail;

import org.carecast.guardrail.internal.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * The one-click fix of a finding, the same on every page that offers it: an identifier
 * becomes its typed placeholder, as the full redaction would; a term with a plain
 * alternative is replaced by it. Other findings have no one-click fix.
 */
public final class FindingFix {

	private FindingFix() {
	}

	/** What replaces the finding's span, or {@code null} when there is no fix. */
	public static @Nullable String replacement(Finding finding) {
		if (Redactor.redacts(finding)) {
			return "[" + finding.type() + "]";
		}
		return finding.replacement();
	}

	/** The fix button's words, or {@code null} when there is no fix. */
	public static @Nullable String label(Finding finding) {
		if (Redactor.redacts(finding)) {
			return "Redact";
		}
		return (finding.replacement() != null) ? "Replace with \u201c" + finding.replacement() + "\u201d" : null;
	}

	/**
	 * {@code text} with the fix applied; unchanged when there is none or it no longer
	 * fits.
	 */
	public static String apply(String text, Finding finding) {
		String replacement = replacement(finding);
		if (replacement == null || finding.end() > text.length()) {
			return text;
		}
		return text.substring(0, finding.start()) + replacement + text.substring(finding.end());
	}

}
