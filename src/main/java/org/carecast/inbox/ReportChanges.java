package org.carecast.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.carecast.inbox.adverse.ReportFields;

/**
 * Names the fields of a report that changed, for the audit trail: which fields, never
 * their values.
 */
final class ReportChanges {

	private ReportChanges() {
	}

	static String between(ReportFields a, ReportFields b) {
		List<String> changed = new ArrayList<>();
		add(changed, "patient identifiable", a.patientIdentifiable(), b.patientIdentifiable());
		add(changed, "reporter", a.reporterType(), b.reporterType());
		add(changed, "contact permission", a.contactPermission(), b.contactPermission());
		add(changed, "product", a.productName(), b.productName());
		add(changed, "lot number", a.lotNumber(), b.lotNumber());
		add(changed, "description", a.eventDescription(), b.eventDescription());
		add(changed, "onset", a.onset(), b.onset());
		add(changed, "seriousness", a.seriousness(), b.seriousness());
		add(changed, "outcome", a.outcome(), b.outcome());
		return changed.isEmpty() ? "nothing" : String.join(", ", changed);
	}

	private static void add(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

}
