package org.carecast.inbox.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's own answers: added and edited as drafts, approved by an
 * administrator or reviewer, retired when out of date. Every change is audited with a
 * summary that holds no answer text.
 */
@Service
public class AnswerLibrary {

	private final AnswerRepository repository;

	private final AuditTrail auditTrail;

	private final Clock clock;

	AnswerLibrary(AnswerRepository repository, AuditTrail auditTrail, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<OrganizationAnswer> all(UUID organizationId) {
		return this.repository.all(organizationId);
	}

	/** The answers replies may use now: approved and not past their review-by date. */
	@Transactional(readOnly = true)
	public List<OrganizationAnswer> suggestable(UUID organizationId) {
		LocalDate today = today();
		return this.repository.approved(organizationId).stream().filter((a) -> a.suggestable(today)).toList();
	}

	@Transactional(readOnly = true)
	public OrganizationAnswer get(UUID organizationId, UUID id) {
		return this.repository.find(organizationId, id).orElseThrow(() -> new ResourceNotFoundException("Answer"));
	}

	public Map<String, String> problems(AnswerDetails details) {
		return details.problems(today());
	}

	@Transactional
	public UUID add(Actor actor, AnswerDetails details) {
		check(details);
		UUID id = UUID.randomUUID();
		this.repository.insert(actor.organizationId(), id, details, actor.userId(), this.clock.instant());
		this.auditTrail.record(AuditEvent.by(actor, "inbox.answer_added", "inbox_answer", id,
				"answer added as draft; review by " + details.reviewBy()));
		return id;
	}

	@Transactional
	public void update(Actor actor, UUID id, int version, AnswerDetails details) {
		get(actor.organizationId(), id);
		check(details);
		if (!this.repository.update(actor.organizationId(), id, version, details, this.clock.instant())) {
			throw stale();
		}
		this.auditTrail.record(AuditEvent.by(actor, "inbox.answer_updated", "inbox_answer", id,
				"answer edited; back to draft; review by " + details.reviewBy()));
	}

	@Transactional
	public void approve(Actor actor, UUID id, int version) {
		OrganizationAnswer answer = get(actor.organizationId(), id);
		if (answer.status() == OrganizationAnswer.Status.RETIRED) {
			throw new ConflictException("answer_retired", "A retired answer cannot be approved; add it again.");
		}
		if (!answer.details().reviewBy().isAfter(today())) {
			throw new ConflictException("answer_review_due",
					"The answer's review-by date has passed; edit it with a new date first.");
		}
		if (!this.repository.approve(actor.organizationId(), id, version, actor.userId(), this.clock.instant())) {
			throw stale();
		}
		this.auditTrail.record(AuditEvent.by(actor, "inbox.answer_approved", "inbox_answer", id, "answer approved"));
	}

	@Transactional
	public void retire(Actor actor, UUID id, int version) {
		get(actor.organizationId(), id);
		if (!this.repository.retire(actor.organizationId(), id, version, this.clock.instant())) {
			throw stale();
		}
		this.auditTrail.record(AuditEvent.by(actor, "inbox.answer_retired", "inbox_answer", id, "answer retired"));
	}

	private void check(AnswerDetails details) {
		if (!problems(details).isEmpty()) {
			throw new InvalidInputException("The answer has fields that need attention.");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static ConflictException stale() {
		return new ConflictException("stale_answer",
				"Someone else changed this answer after you opened it. Reload it and make your change again.");
	}

}
