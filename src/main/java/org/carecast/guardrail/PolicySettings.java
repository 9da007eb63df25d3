package org.carecast.guardrail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An organization's guardrail policy as administrators edit it.
 *
 * @param disabledChecks checks that do not run (by name, for example {@code literacy})
 * @param severities severity overrides per check name
 * @param gradeTarget the reading grade posts should not exceed
 * @param allowTerms words and phrases never reported
 * @param denyTerms words and phrases always reported
 * @param ownContacts the organization's own published phone numbers, emails and web
 * addresses
 */
public record PolicySettings(Set<String> disabledChecks, Map<String, Severity> severities, int gradeTarget,
		List<String> allowTerms, List<String> denyTerms, List<String> ownContacts) {

	/** The checks an organization can switch on and off, in the order pages show them. */
	public static final List<String> CHECKS = List.of("phi", "platform", "literacy", "accessibility", "misinformation",
			"conduct");

	public static final int DEFAULT_GRADE = 8;

	public PolicySettings {
		disabledChecks = new TreeSet<>(disabledChecks);
		severities = Map.copyOf(severities);
		allowTerms = List.copyOf(allowTerms);
		denyTerms = List.copyOf(denyTerms);
		ownContacts = List.copyOf(ownContacts);
	}

	public static PolicySettings defaults() {
		return new PolicySettings(Set.of(), Map.of(), DEFAULT_GRADE, List.of(), List.of(), List.of());
	}

	/** The engine's view: every known check that is not disabled. */
	public Policy toPolicy() {
		Set<String> enabled = new TreeSet<>(CHECKS);
		enabled.removeAll(this.disabledChecks);
		if (enabled.isEmpty()) {
			// An empty set means "every check" to the engine; "none" needs a name no
			// check has.
			enabled.add("none");
		}
		return new Policy(enabled, this.severities, Set.copyOf(this.allowTerms), Set.copyOf(this.denyTerms),
				Set.copyOf(this.ownContacts), this.gradeTarget);
	}

	public boolean runs(String check) {
		return !this.disabledChecks.contains(check);
	}

}
