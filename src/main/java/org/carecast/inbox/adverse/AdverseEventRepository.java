package org.carecast.inbox.adverse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carecast.inbox.adverse.AdverseEventReport.Status;
import org.carecast.inbox.adverse.ReportFields.Outcome;
import org.carecast.inbox.adverse.ReportFields.ReporterType;
import org.carecast.inbox.adverse.ReportFields.Seriousness;
import org.carecast.inbox.adverse.ReportFields.YesNoUnknown;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores adverse-event reports. Every query is scoped to the organization.
 */
@Repository
public class AdverseEventRepository {

	private static final String COLUMNS = "id, organization_id, source_item_id, patient_identifiable, reporter_type, "
			+ "contact_permission, product_name, lot_number, event_description, onset, seriousness, outcome, status, "
			+ "prefill_notes, created_by, created_at, updated_at, submitted_at, version";

	private static final int NOTES_MAX = 4000;

	private final JdbcClient jdbc;

	AdverseEventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AdverseEventReport> all(UUID organizationId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from adverse_event_report where organization_id = ? "
					+ "order by created_at desc, id")
			.param(organizationId)
			.query(AdverseEventRepository::row)
			.list();
	}

	public Optional<AdverseEventReport> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from adverse_event_report where organization_id = ? and id = ?")
			.params(organizationId, id)
			.query(AdverseEventRepository::row)
			.optional();
	}

	public void insert(AdverseEventReport report) {
		ReportFields f = report.fields();
		OffsetDateTime now = utc(report.createdAt());
		this.jdbc
			.sql("insert into adverse_event_report (" + COLUMNS + ") "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0)")
			.params(report.id(), report.organizationId(), report.sourceItemId(), f.patientIdentifiable().name(),
					(f.reporterType() != null) ? f.reporterType().name() : null, f.contactPermission().name(),
					f.productName(), f.lotNumber(), f.eventDescription(), f.onset(), codes(f.seriousness()),
					f.outcome().name(), report.status().name(), notes(report.prefillNotes()), report.createdBy(), now,
					now)
			.update();
	}

	/**
	 * Changes a draft still at {@code version}; false when it changed or was submitted.
	 */
	public boolean update(UUID organizationId, UUID id, int version, ReportFields f, Instant at) {
		return this.jdbc
			.sql("update adverse_event_report set patient_identifiable = ?, reporter_type = ?, contact_permission = ?, "
					+ "product_name = ?, lot_number = ?, event_description = ?, onset = ?, seriousness = ?, "
					+ "outcome = ?, updated_at = ?, version = version + 1 "
					+ "where organization_id = ? and id = ? and version = ? and status = 'DRAFT'")
			.params(f.patientIdentifiable().name(), (f.reporterType() != null) ? f.reporterType().name() : null,
					f.contactPermission().name(), f.productName(), f.lotNumber(), f.eventDescription(), f.onset(),
					codes(f.seriousness()), f.outcome().name(), utc(at), organizationId, id, version)
			.update() == 1;
	}

	public boolean submit(UUID organizationId, UUID id, int version, Instant at) {
		return this.jdbc
			.sql("update adverse_event_report set status = 'SUBMITTED', submitted_at = ?, updated_at = ?, "
					+ "version = version + 1 where organization_id = ? and id = ? and version = ? and status = 'DRAFT'")
			.params(utc(at), utc(at), organizationId, id, version)
			.update() == 1;
	}

	private static String codes(Set<Seriousness> seriousness) {
		return seriousness.stream().sorted().map(Seriousness::name).collect(Collectors.joining(";"));
	}

	private static String notes(List<String> notes) {
		String joined = String.join("\n", notes);
		return (joined.length() > NOTES_MAX) ? joined.substring(0, NOTES_MAX) : joined;
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static AdverseEventReport row(ResultSet rs, int n) throws SQLException {
		String reporter = rs.getString("reporter_type");
		String seriousness = rs.getString("seriousness");
		Set<Seriousness> criteria = EnumSet.noneOf(Seriousness.class);
		if (!seriousness.isEmpty()) {
			Arrays.stream(seriousness.split(";")).map(Seriousness::valueOf).forEach(criteria::add);
		}
		ReportFields fields = new ReportFields(YesNoUnknown.valueOf(rs.getString("patient_identifiable")),
				(reporter != null) ? ReporterType.valueOf(reporter) : null,
				YesNoUnknown.valueOf(rs.getString("contact_permission")), rs.getString("product_name"),
				rs.getString("lot_number"), rs.getString("event_description"), rs.getString("onset"), criteria,
				Outcome.valueOf(rs.getString("outcome")));
		String notes = rs.getString("prefill_notes");
		OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
		return new AdverseEventReport(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("source_item_id", UUID.class), fields, Status.valueOf(rs.getString("status")),
				notes.isEmpty() ? List.of() : List.of(notes.split("\n")), rs.getObject("created_by", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				(submitted != null) ? submitted.toInstant() : null, rs.getInt("version"));
	}

}
