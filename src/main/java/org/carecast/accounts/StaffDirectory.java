package org.carecast.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.internal.StaffRepository;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.shared.Actor;
import org.carecast.shared.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's staff directory. Guardrail checks read {@link #members(UUID)} to
 * tell staff from patients.
 */
@Service
public class StaffDirectory {

	private final StaffRepository repository;

	private final AuditTrail auditTrail;

	private final Clock clock;

	StaffDirectory(StaffRepository repository, AuditTrail auditTrail, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * What a person may set on a staff member; blank optional values are stored as null.
	 */
	public record Details(String fullName, @Nullable String title, @Nullable String department,
			@Nullable String publicHandle) {

		public Details {
			fullName = fullName.strip();
			title = blankToNull(title);
			department = blankToNull(department);
			publicHandle = blankToNull(publicHandle);
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	@Transactional(readOnly = true)
	public List<StaffMember> members(UUID organizationId) {
		return this.repository.list(organizationId, null);
	}

	@Transactional(readOnly = true)
	public List<StaffMember> search(Actor actor, @Nullable String search) {
		return this.repository.list(actor.organizationId(), search);
	}

	@Transactional(readOnly = true)
	public StaffMember get(Actor actor, UUID id) {
		return this.repository.find(actor.organizationId(), id)
			.orElseThrow(() -> new ResourceNotFoundException("Staff member"));
	}

	@Transactional
	public StaffMember add(Actor actor, Details details) {
		StaffMember member = addWithoutAudit(actor.organizationId(), details);
		this.auditTrail.record(AuditEvent.by(actor, "staff.added", "staff_member", member.id(), "staff member added"));
		return member;
	}

	/** For demo data and imports run by the system; the caller audits the batch. */
	@Transactional
	public StaffMember addWithoutAudit(UUID organizationId, Details details) {
		Instant now = this.clock.instant();
		StaffMember member = new StaffMember(UUID.randomUUID(), organizationId, details.fullName(), details.title(),
				details.department(), details.publicHandle(), now, now);
		this.repository.insert(member);
		return member;
	}

	@Transactional
	public StaffMember update(Actor actor, UUID id, Details details) {
		StaffMember before = get(actor, id);
		StaffMember after = new StaffMember(id, actor.organizationId(), details.fullName(), details.title(),
				details.department(), details.publicHandle(), before.createdAt(), this.clock.instant());
		this.repository.update(after);
		this.auditTrail.record(
				AuditEvent.by(actor, "staff.updated", "staff_member", id, "changed: " + changedFields(before, after)));
		return get(actor, id);
	}

	@Transactional
	public void remove(Actor actor, UUID id) {
		if (this.repository.delete(actor.organizationId(), id) == 0) {
			throw new ResourceNotFoundException("Staff member");
		}
		this.auditTrail.record(AuditEvent.by(actor, "staff.removed", "staff_member", id, "staff member removed"));
	}

	private static String changedFields(StaffMember a, StaffMember b) {
		StringBuilder out = new StringBuilder();
		append(out, "name", a.fullName(), b.fullName());
		append(out, "title", a.title(), b.title());
		append(out, "department", a.department(), b.department());
		append(out, "public handle", a.publicHandle(), b.publicHandle());
		return out.isEmpty() ? "nothing" : out.toString();
	}

	private static void append(StringBuilder out, String field, String before, String after) {
		if (!java.util.Objects.equals(before, after)) {
			out.append(out.isEmpty() ? "" : ", ").append(field);
		}
	}

}
