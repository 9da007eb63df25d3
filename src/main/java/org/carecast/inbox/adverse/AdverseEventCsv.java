package org.carecast.inbox.adverse;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.carecast.shared.csv.CsvWriter;

/**
 * The organization's adverse-event reports as CSV for its pharmacovigilance process: one
 * row per report, formula-safe cells ({@link CsvWriter}), UTF-8 with a byte-order mark.
 * Columns, in order: report_id, status, created_at and submitted_at (UTC, ISO 8601),
 * source_item_id, patient_identifiable (yes/no/unknown), reporter_type
 * (patient/caregiver/clinician/other or empty), contact_permission, product_name,
 * lot_number, onset, seriousness (ICH E2A codes separated by ';': death,
 * life_threatening, hospitalization, disability, congenital_anomaly,
 * other_medically_important, non_serious), outcome
 * (recovered/recovering/not_recovered/fatal/unknown), event_description.
 */
public final class AdverseEventCsv {

	public static final List<String> HEADERS = List.of("report_id", "status", "created_at", "submitted_at",
			"source_item_id", "patient_identifiable", "reporter_type", "contact_permission", "product_name",
			"lot_number", "onset", "seriousness", "outcome", "event_description");

	private AdverseEventCsv() {
	}

	public static String of(List<AdverseEventReport> reports) {
		CsvWriter csv = new CsvWriter().row(HEADERS);
		for (AdverseEventReport r : reports) {
			ReportFields f = r.fields();
			csv.row(List.of(r.id().toString(), code(r.status().name()),
					DateTimeFormatter.ISO_INSTANT.format(r.createdAt()),
					(r.submittedAt() != null) ? DateTimeFormatter.ISO_INSTANT.format(r.submittedAt()) : "",
					(r.sourceItemId() != null) ? r.sourceItemId().toString() : "", code(f.patientIdentifiable().name()),
					(f.reporterType() != null) ? code(f.reporterType().name()) : "", code(f.contactPermission().name()),
					f.productName(), f.lotNumber(), f.onset(),
					f.seriousness().stream().sorted().map((s) -> code(s.name())).collect(Collectors.joining(";")),
					code(f.outcome().name()), f.eventDescription()));
		}
		return CsvWriter.BYTE_ORDER_MARK + csv;
	}

	private static String code(String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}

}
