package org.carecast.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.inbox.adverse.AdverseEventCsv;
import org.carecast.inbox.adverse.AdverseEventExtractor;
import org.carecast.inbox.adverse.AdverseEventReport;
import org.carecast.inbox.adverse.AdverseEventRepository;
import org.carecast.inbox.adverse.ReportFields;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adverse-event reports: drafted from an inbox item's text (prefilled by the
 * {@link AdverseEventExtractor}), completed by a responder, submitted once, and exported
 * as CSV for the organization's pharmacovigilance process. Every change is audited with a
 * summary that holds no text of the report.
 */
@Service
public class AdverseEventReports {

	private final AdverseEventRepository repository;

	private final AdverseEventExtractor extractor;

	private final AuditTrail auditTrail;

	private final Clock clock;

	AdverseEventReports(AdverseEventRepository repository, AdverseEventExtractor extractor, AuditTrail auditTrail,
			Clock clock) {
		this.repository = repository;
		this.extractor = extractor;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * A draft prefilled from the item's text; the caller passes the text and, when it
	 * came from the inbox, the item's id.
	 */
	@Transactional
	public AdverseEventReport createFromText(Actor actor, @Nullable UUID sourceItemId, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("Give the text the report is about.");
		}
		AdverseEventExtractor.Prefill prefill = this.extractor.extract(text);
		Instant now = this.clock.instant();
		AdverseEventReport report = new AdverseEventReport(UUID.randomUUID(), actor.organizationId(), sourceItemId,
				prefill.fields(), AdverseEventReport.Status.DRAFT, prefill.notes(), actor.userId(), now, now, null, 0);
		this.repository.insert(report);
		this.auditTrail.record(AuditEvent.by(actor, "adverse_event.drafted", "adverse_event_report", report.id(),
				"draft prefilled with " + prefill.notes().size() + " cues"
						+ ((sourceItemId != null) ? " from inbox item " + sourceItemId : "")));
		return get(actor, report.id());
	}

	@Transactional(readOnly = true)
	public AdverseEventReport get(Actor actor, UUID id) {
		return this.repository.find(actor.organizationId(), id)
			.orElseThrow(() -> new ResourceNotFoundException("Adverse-event report"));
	}

	@Transactional(readOnly = true)
	public List<AdverseEventReport> list(Actor actor) {
		return this.repository.all(actor.organizationId());
	}

	/**
	 * Field problems for the form; with {@code forSubmission}, also what sending needs.
	 */
	public Map<String, String> problems(ReportFields fields, boolean forSubmission) {
		return fields.problems(forSubmission);
	}

	@Transactional
	public AdverseEventReport update(Actor actor, UUID id, int version, ReportFields fields) {
		AdverseEventReport before = requireDraft(actor, id);
		if (!fields.problems(false).isEmpty()) {
			throw new InvalidInputException("The report has fields that need attention.");
		}
		if (!this.repository.update(actor.organizationId(), id, version, fields, this.clock.instant())) {
			throw stale();
		}
		this.auditTrail.record(AuditEvent.by(actor, "adverse_event.updated", "adverse_event_report", id,
				"changed: " + ReportChanges.between(before.fields(), fields)));
		return get(actor, id);
	}

	/**
	 * Saves the last changes and sends the report; refused while a required field is
	 * open.
	 */
	@Transactional
	public AdverseEventReport submit(Actor actor, UUID id, int version, ReportFields fields) {
		AdverseEventReport saved = update(actor, id, version, fields);
		if (!fields.problems(true).isEmpty()) {
			throw new InvalidInputException("The report needs more before it can be sent.");
		}
		if (!this.repository.submit(actor.organizationId(), id, saved.version(), this.clock.instant())) {
			throw stale();
		}
		this.auditTrail.record(AuditEvent.by(actor, "adverse_event.submitted", "adverse_event_report", id,
				"report submitted (" + fields.seriousness().size() + " seriousness criteria, outcome "
						+ fields.outcome().name().toLowerCase(java.util.Locale.ROOT) + ")"));
		return get(actor, id);
	}

	/** Every report of the organization as CSV (see {@link AdverseEventCsv}); audited. */
	@Transactional
	public String exportCsv(Actor actor) {
		List<AdverseEventReport> reports = list(actor);
		this.auditTrail.record(AuditEvent.by(actor, "adverse_event.exported", "adverse_event_report", null,
				reports.size() + " reports exported as CSV"));
		return AdverseEventCsv.of(reports);
	}

	private AdverseEventReport requireDraft(Actor actor, UUID id) {
		AdverseEventReport report = get(actor, id);
		if (report.status() != AdverseEventReport.Status.DRAFT) {
			throw new ConflictException("report_submitted", "This report was already sent and can no longer change.");
		}
		return report;
	}

	private static ConflictException stale() {
		return new ConflictException("stale_report",
				"Someone else changed this report after you opened it. Reload it and make your change again.");
	}

}
