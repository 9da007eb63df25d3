package org.carecast.accounts.internal;

import java.util.List;

import org.carecast.accounts.StaffDirectory.Details;

/**
 * The fictional Riverside Health staff directory: people whose names may appear in posts
 * (spokespeople, clinicians who write health tips), unlike patients' names.
 */
final class DemoStaff {

	static final List<Details> MEMBERS = List.of(
			new Details("Dr. Ana Patel", "Chief Medical Officer", "Executive Office", "@DrAnaPatel"),
			new Details("Dr. Marcus Whitfield", "Chief of Cardiology", "Heart & Vascular Institute", "@DrWhitfieldMD"),
			new Details("Dr. Elena Vasquez", "Pediatrician", "Riverside Children's Clinic", "@DrElenaVasquez"),
			new Details("Dr. Samuel Osei", "Infectious Disease Specialist", "Internal Medicine", "@DrSamOsei"),
			new Details("Dr. Hannah Lindqvist", "Medical Oncologist", "Riverside Cancer Center", null),
			new Details("Dr. Rajesh Iyer", "Endocrinologist", "Diabetes & Metabolism Clinic", "@DrIyerEndo"),
			new Details("Grace Thompson, RN", "Chief Nursing Officer", "Nursing", null),
			new Details("Luis Herrera, PharmD", "Director of Pharmacy", "Pharmacy Services", "@RiversideRx"),
			new Details("Aisha Mohammed, MPH", "Community Health Educator", "Community Health", "@AishaTeachesHealth"),
			new Details("Tom Becker", "Director of Communications", "Marketing & Communications", "@TomBeckerRH"),
			new Details("Keisha Brown", "Media Relations Manager", "Marketing & Communications", "@RiversideNews"),
			new Details("Dr. Mei Tanaka", "Psychiatrist", "Behavioral Health", null),
			new Details("Olivia Grant, CNM", "Certified Nurse-Midwife", "Women's Health", "@MidwifeOlivia"),
			new Details("Dr. Jonah Reyes", "Emergency Medicine Physician", "Emergency Department", null),
			new Details("Fatima Noor, RD", "Clinical Dietitian", "Nutrition Services", "@FatimaNoorRD"),
			new Details("Peter Novak", "Privacy Officer", "Compliance", null));

	private DemoStaff() {
	}

}
