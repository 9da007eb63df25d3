package org.carecast.guardrail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.guardrail.internal.PolicyRepository;
import org.carecast.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organization's guardrail policy. Changes are audited by what changed, never by the
 * terms themselves beyond their count: a deny term may be a patient's name.
 */
@Service
public class GuardrailPolicies {

	private final PolicyRepository repository;

	private final AuditTrail auditTrail;

	private final Clock clock;

	GuardrailPolicies(PolicyRepository repository, AuditTrail auditTrail, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PolicySettings settings(UUID organizationId) {
		return this.repository.find(organizationId).orElse(PolicySettings.defaults());
	}

	@Transactional
	public PolicySettings update(Actor actor, PolicySettings settings) {
		PolicySettings before = settings(actor.organizationId());
		this.repository.save(actor.organizationId(), settings, this.clock.instant());
		this.auditTrail.record(AuditEvent.by(actor, "guardrail.policy_updated", "guardrail_policy",
				actor.organizationId(), summary(before, settings)));
		return settings(actor.organizationId());
	}

	static String summary(PolicySettings before, PolicySettings after) {
		List<String> changes = new ArrayList<>();
		if (!before.disabledChecks().equals(after.disabledChecks())) {
			changes.add("disabled checks " + after.disabledChecks());
		}
		if (!before.severities().equals(after.severities())) {
			changes.add("severities " + new TreeMap<>(after.severities()));
		}
		if (before.gradeTarget() != after.gradeTarget()) {
			changes.add("grade target " + before.gradeTarget() + " -> " + after.gradeTarget());
		}
		count(changes, "allow terms", before.allowTerms(), after.allowTerms());
		count(changes, "deny terms", before.denyTerms(), after.denyTerms());
		count(changes, "own contacts", before.ownContacts(), after.ownContacts());
		return changes.isEmpty() ? "no change" : String.join("; ", changes);
	}

	private static void count(List<String> changes, String what, List<String> before, List<String> after) {
		if (!before.equals(after)) {
			changes.add(what + " " + before.size() + " -> " + after.size() + " entries");
		}
	}

}
