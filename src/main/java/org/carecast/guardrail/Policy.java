package org.carecast.guardrail;

import java.util.List;
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
 * @param claims the organization's own health myths, matched with the built-in ones
 */
public record Policy(Set<String> enabledChecks, Map<String, Severity> severities, Set<String> allowTerms,
		Set<String> denyTerms, Set<String> ownContacts, int gradeTarget, List<OrganizationClaim> claims) {

	public static final int DEFAULT_GRADE_TARGET = 8;

	public Policy {
		enabledChecks = Set.copyOf(enabledChecks);
		severities = Map.copyOf(severities);
		allowTerms = Set.copyOf(allowTerms);
		denyTerms = Set.copyOf(denyTerms);
		ownContacts = Set.copyOf(ownContacts);
		claims = List.copyOf(claims);
	}

	public Policy(Set<String> enabledChecks, Map<String, Severity> severities, Set<String> allowTerms,
			Set<String> denyTerms, Set<String> ownContacts, int gradeTarget) {
		this(enabledChecks, severities, allowTerms, denyTerms, ownContacts, gradeTarget, List.of());
	}

	public Policy(Set<String> enabledChecks, Map<String, Severity> severities, Set<String> allowTerms,
			Set<String> denyTerms, Set<String> ownContacts) {
		this(enabledChecks, severities, allowTerms, denyTerms, ownContacts, DEFAULT_GRADE_TARGET);
	}

	public static Policy defaults() {
		return new Policy(Set.of(), Map.of(), Set.of(), Set.of(), Set.of());
	}

	public Policy withGradeTarget(int grade) {
		return new Policy(this.enabledChecks, this.severities, this.allowTerms, this.denyTerms, this.ownContacts, grade,
				this.claims);
	}

	public boolean runs(String check) {
		return this.enabledChecks.isEmpty() || this.enabledChecks.contains(check);
	}

	public Optional<Severity> severityFor(String check) {
		return Optional.ofNullable(this.severities.get(check));
	}

	public Policy withOwnContacts(Set<String> contacts) {
		return new Policy(this.enabledChecks, this.severities, this.allowTerms, this.denyTerms, contacts,
				this.gradeTarget, this.claims);
	}

	public Policy withTerms(Set<String> allow, Set<String> deny) {
		return new Policy(this.enabledChecks, this.severities, allow, deny, this.ownContacts, this.gradeTarget,
				this.claims);
	}

	public Policy withClaims(List<OrganizationClaim> organizationClaims) {
		return new Policy(this.enabledChecks, this.severities, this.allowTerms, this.denyTerms, this.ownContacts,
				this.gradeTarget, organizationClaims);
	}

}
