package org.carecast.guardrail;

/**
 * How strongly a finding should hold back a post, worst first.
 */
public enum Severity {

	/** Must be fixed before the text may be published. */
	BLOCK,

	/** A person should look at it before it goes out or is answered. */
	REVIEW,

	/** Worth knowing; never stops anything. */
	ADVISE;

	public boolean isWorseThan(Severity other) {
		return ordinal() < other.ordinal();
	}

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
