package org.carecast.guardrail;

import java.util.Locale;

/**
 * The outcome of a scan: the worst severity found, or {@link #PASS} when nothing was
 * found.
 */
public enum Verdict {

	BLOCK, REVIEW, ADVISE, PASS;

	static Verdict of(Severity severity) {
		return valueOf(severity.name());
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
