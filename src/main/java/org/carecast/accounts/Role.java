package org.carecast.accounts;

/**
 * What a person may do. A person may hold several roles.
 */
public enum Role {

	/** Manages people, roles, the staff directory, settings and reads the audit trail. */
	ADMIN("Administrator", "Manage people, roles, the staff directory, settings and the audit trail."),

	/** Writes and plans posts and campaigns. */
	AUTHOR("Author", "Write posts and plan campaigns for every network."),

	/** Approves or stops what goes out (compliance, privacy, clinical review). */
	REVIEWER("Reviewer", "Approve or stop posts before they go out."),

	/** Answers comments, mentions and messages. */
	RESPONDER("Responder", "Answer comments, mentions and messages safely."),

	/** Reads reach and outcomes. */
	ANALYST("Analyst", "See what reached whom and what it changed.");

	private final String label;

	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
