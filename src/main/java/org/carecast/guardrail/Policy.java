package org.carecast.guardrail;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An organization's choices for its scans.
 *
 * @param enabledChecks names of the checks to run (for example {@code phi}); empty means
 * every check
 * @param severities a severity per check name that replaces the check's own
 * @param allowTerms words and phrases that are never reported (case-insensitive)
 * @param denyTerms words and phrases that are always reported
 * @param ownContacts the organization's own published phone numbers, emails and web
 * addresses, which are not patient identifiers
 * @param gradeTarget the reading grade posts should not exceed (default 8)
 */
public record Policy(Set<String> enabledChecks, Map<String, Severity> severities, Set<String> allowTerms,
		Set<String> denyTerms, Set<String> ownContacts, int gradeTarget) {

	public static final int DEFAULT_GRADE_TARGET = 8;

	public Policy {
		enabledChecks = Set.copyOf(enabledChecks);
		severities = Map.copyOf(severities);
		allowTerms = Set.copyOf(allowTerms);
		denyTerms = Set.copyOf(denyTerms);
		ownContacts = Set.copyOf(ownContacts);
	}

	public Policy(Set<String> enabledChecks, Map<String, Severity> severities, Set<String> allowTerms,
			Set<String> denyTerms, Set<String> ownContacts) {
		this(enabledChecks, severities, allowTerms, denyTerms, ownContacts, DEFAULT_GRADE_TARGET);
	}

	public static Policy defaults() {
		return new Policy(Set.of(), Map.of(), Set.of(), Set.of(), Set.of());
	}

	public Policy withGradeTarget(int grade) {
		return new Policy(this.enabledChecks, this.severities, this.allowTerms, this.denyTerms, this.ownContacts,
				grade);
	}

	public boolean runs(String check) {
		return this.enabledChecks.isEmpty() || this.enabledChecks.contains(check);
	}

	public Optional<Severity> severityFor(String check) {
		return Optional.ofNullable(this.severities.get(check));
	}

	public Policy withOwnContacts(Set<String> contacts) {
		return new Policy(this.enabledChecks, this.severities, this.allowTerms, this.denyTerms, contacts,
				this.gradeTarget);
	}

	public Policy withTerms(Set<String> allow, Set<String> deny) {
		return new Policy(this.enabledChecks, this.severities, allow, deny, this.ownContacts, this.gradeTarget);
	}

}
