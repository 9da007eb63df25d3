package org.carecast.guardrail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.guardrail.internal.ClaimRepository;
import org.carecast.guardrail.internal.ClaimRepository.StoredClaim;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's own health myths: added, edited and retired by administrators and
 * reviewers, every change audited, and matched in every scan of that organization from
 * the next one on.
 */
@Service
public class OrganizationClaims {

	private final ClaimRepository repository;

	private final AuditTrail auditTrail;

	private final Clock clock;

	OrganizationClaims(ClaimRepository repository, AuditTrail auditTrail, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** A claim as the pages show it. */
	public record Entry(OrganizationClaim claim, boolean retired, int version) {
	}

	@Transactional(readOnly = true)
	public List<Entry> all(UUID organizationId) {
		return this.repository.all(organizationId).stream().map(OrganizationClaims::entry).toList();
	}

	/** The claims scans match: every one not retired. */
	@Transactional(readOnly = true)
	public List<OrganizationClaim> active(UUID organizationId) {
		return this.repository.active(organizationId);
	}

	@Transactional(readOnly = true)
	public Entry get(UUID organizationId, UUID id) {
		return this.repository.find(organizationId, id)
			.map(OrganizationClaims::entry)
			.orElseThrow(() -> new ResourceNotFoundException("claim"));
	}

	/** Field problems for the form, including a key already in use. */
	@Transactional(readOnly = true)
	public Map<String, String> problems(UUID organizationId, ClaimDetails details, UUID except) {
		Map<String, String> problems = new java.util.LinkedHashMap<>(details.problems(today()));
		if (!problems.containsKey("key") && this.repository.keyTaken(organizationId, details.key(), except)) {
			problems.put("key", "Another claim of your organization already uses this short name.");
		}
		return problems;
	}

	@Transactional
	public UUID add(Actor actor, ClaimDetails details) {
		UUID id = UUID.randomUUID();
		check(actor.organizationId(), details, id);
		this.repository.insert(actor.organizationId(), id, details, actor.userId(), this.clock.instant());
		this.auditTrail.record(AuditEvent.by(actor, "guardrail.claim_added", "organization_claim", id, "claim org:"
				+ details.key() + " (" + details.topic() + ", " + details.paraphrases().size() + " paraphrases)"));
		return id;
	}

	@Transactional
	public void update(Actor actor, UUID id, int version, ClaimDetails details) {
		Entry before = get(actor.organizationId(), id);
		check(actor.organizationId(), details, id);
		if (!this.repository.update(actor.organizationId(), id, version, details, this.clock.instant())) {
			throw stale();
		}
		this.auditTrail.record(AuditEvent.by(actor, "guardrail.claim_updated", "organization_claim", id,
				"claim org:" + before.claim().key() + " -> org:" + details.key() + " (" + details.topic() + ", "
						+ details.paraphrases().size() + " paraphrases, reviewed " + details.lastReviewed() + ")"));
	}

	@Transactional
	public void retire(Actor actor, UUID id, int version, boolean retired) {
		Entry entry = get(actor.organizationId(), id);
		if (!this.repository.setRetired(actor.organizationId(), id, version, retired, this.clock.instant())) {
			throw stale();
		}
		this.auditTrail.record(AuditEvent.by(actor, retired ? "guardrail.claim_retired" : "guardrail.claim_restored",
				"organization_claim", id, "claim org:" + entry.claim().key()));
	}

	private void check(UUID organizationId, ClaimDetails details, UUID id) {
		if (!problems(organizationId, details, id).isEmpty()) {
			throw new InvalidInputException("The claim has fields that need attention.");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static ConflictException stale() {
		return new ConflictException("stale_claim",
				"Someone else changed this claim after you opened it. Reload it and make your change again.");
	}

	private static Entry entry(StoredClaim stored) {
		return new Entry(stored.claim(), stored.retired(), stored.version());
	}

}
