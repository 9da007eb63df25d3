package org.carecast.inbox.adverse;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an adverse-event report says, as a person edits it. A draft may leave things open;
 * {@link #problems(boolean)} with {@code forSubmission} names what a report needs before
 * it goes to pharmacovigilance. The text fields may hold health information about a
 * person, so {@link #toString()} shows none of them.
 *
 * @param onset when the event began, as a date or in words ("2 days after the second
 * dose")
 * @param seriousness the ICH E2A criteria met; empty until someone decides
 */
public record ReportFields(YesNoUnknown patientIdentifiable, @Nullable ReporterType reporterType,
		YesNoUnknown contactPermission, String productName, String lotNumber, String eventDescription, String onset,
		Set<Seriousness> seriousness, Outcome outcome) {

	public static final int DESCRIPTION_MAX = 4000;

	public static final int SHORT_MAX = 200;

	public ReportFields {
		patientIdentifiable = (patientIdentifiable != null) ? patientIdentifiable : YesNoUnknown.UNKNOWN;
		contactPermission = (contactPermission != null) ? contactPermission : YesNoUnknown.UNKNOWN;
		productName = clean(productName);
		lotNumber = clean(lotNumber);
		eventDescription = clean(eventDescription);
		onset = clean(onset);
		seriousness = (seriousness == null || seriousness.isEmpty()) ? Set.of()
				: Set.copyOf(EnumSet.copyOf(seriousness));
		outcome = (outcome != null) ? outcome : Outcome.UNKNOWN;
	}

	/**
	 * Field name to a plain-words problem; empty when the report can be saved (or sent).
	 */
	public Map<String, String> problems(boolean forSubmission) {
		Map<String, String> problems = new LinkedHashMap<>();
		tooLong(problems, "productName", this.productName, SHORT_MAX);
		tooLong(problems, "lotNumber", this.lotNumber, 60);
		tooLong(problems, "onset", this.onset, SHORT_MAX);
		tooLong(problems, "eventDescription", this.eventDescription, DESCRIPTION_MAX);
		if (this.seriousness.contains(Seriousness.NON_SERIOUS) && this.seriousness.size() > 1) {
			problems.put("seriousness", "Choose \u201cnot serious\u201d alone, or only the serious criteria met.");
		}
		if (forSubmission) {
			if (this.productName.isEmpty()) {
				problems.putIfAbsent("productName", "Name the medicine or vaccine before sending the report.");
			}
			if (this.eventDescription.isEmpty()) {
				problems.putIfAbsent("eventDescription", "Describe what happened before sending the report.");
			}
			if (this.reporterType == null) {
				problems.put("reporterType", "Choose who reported it before sending the report.");
			}
			if (this.seriousness.isEmpty()) {
				problems.putIfAbsent("seriousness", "Choose the seriousness criteria met, or \u201cnot serious\u201d.");
			}
		}
		return problems;
	}

	@Override
	public String toString() {
		return "ReportFields[" + this.seriousness + ", " + this.outcome + ", text hidden]";
	}

	private static void tooLong(Map<String, String> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.put(field, "Use at most " + max + " characters.");
		}
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

	/** Yes, no, or not known yet. */
	public enum YesNoUnknown {

		YES("Yes"), NO("No"), UNKNOWN("Unknown");

		private final String label;

		YesNoUnknown(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** Who told us about the event. */
	public enum ReporterType {

		PATIENT("The patient"), CAREGIVER("A caregiver or family member"), CLINICIAN("A clinician"),
		OTHER("Someone else");

		private final String label;

		ReporterType(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** The seriousness criteria of ICH E2A, and "not serious". */
	public enum Seriousness {

		DEATH("Resulted in death"), LIFE_THREATENING("Life-threatening"),
		HOSPITALIZATION("Required or prolonged hospitalization"),
		DISABILITY("Persistent or significant disability or incapacity"),
		CONGENITAL_ANOMALY("Congenital anomaly or birth defect"),
		OTHER_MEDICALLY_IMPORTANT("Other medically important condition"), NON_SERIOUS("Not serious");

		private final String label;

		Seriousness(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** How the person is doing, as far as anyone knows. */
	public enum Outcome {

		RECOVERED("Recovered"), RECOVERING("Recovering"), NOT_RECOVERED("Not recovered"), FATAL("Fatal"),
		UNKNOWN("Unknown");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
