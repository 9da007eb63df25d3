package org.carecast.inbox.adverse.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carecast.inbox.adverse.ReportFields;
import org.carecast.inbox.adverse.ReportFields.Outcome;
import org.carecast.inbox.adverse.ReportFields.ReporterType;
import org.carecast.inbox.adverse.ReportFields.Seriousness;
import org.carecast.inbox.adverse.ReportFields.YesNoUnknown;

/**
 * Reads the report form. A choice that is not one of the form's own options (a tampered
 * request) is a field problem, not an error page.
 */
final class ReportForm {

	private ReportForm() {
	}

	static ReportFields fields(Map<String, String> form, List<String> seriousness, Map<String, String> problems) {
		Set<Seriousness> criteria = EnumSet.noneOf(Seriousness.class);
		for (String code : (seriousness != null) ? seriousness : List.<String>of()) {
			Seriousness criterion = choice(Seriousness.class, code, "seriousness", problems);
			if (criterion != null) {
				criteria.add(criterion);
			}
		}
		return new ReportFields(
				choice(YesNoUnknown.class, form.get("patientIdentifiable"), "patientIdentifiable", problems),
				choice(ReporterType.class, form.get("reporterType"), "reporterType", problems),
				choice(YesNoUnknown.class, form.get("contactPermission"), "contactPermission", problems),
				form.get("productName"), form.get("lotNumber"), form.get("eventDescription"), form.get("onset"),
				criteria, choice(Outcome.class, form.get("outcome"), "outcome", problems));
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
			Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		problems.put(field, "Choose one of the options.");
		return null;
	}

}
