package org.carecast.guardrail.internal.conduct;

import java.util.List;

import org.carecast.guardrail.Severity;

/**
 * The outbound conduct rules. Patterns read the lower-cased text with straight
 * apostrophes.
 */
final class ConductRules {

	private static final String CALL_US = "We'd like to help. Please call us or send us a private message so a clinician can talk with you about your situation.";

	static final List<ConductRule> OUTBOUND = List.of(ConductRule.of("conduct.dosing", "MEDICAL_ADVICE",
			"\\b(?:take|try|give (?:him|her|them|your \\w{1,12})|start (?:on|with)|up your dose to|double (?:up on )?your)\\s"
					+ "(?:\\w{1,15}\\s){0,3}?\\d[\\d,.]{0,6}\\s?(?:mg|mcg|g|ml|iu|units?|tablets?|pills?|capsules?|puffs?)\\b",
			Severity.REVIEW, true, "A public reply gives an individual a dose.", CALL_US),
			ConductRule.of("conduct.medication-change", "MEDICAL_ADVICE",
					"\\b(?:stop|quit|skip|double|increase|decrease|cut back on|come off) (?:taking )?your (?:\\w{1,15} ){0,2}(?:dose|doses|meds|medication|medications|medicine|insulin|pills|prescription)\\b",
					Severity.REVIEW, true, "A public reply tells someone to change their medicine.", CALL_US),
			ConductRule.of("conduct.diagnosis", "MEDICAL_ADVICE",
					"\\b(?:(?:it )?sounds like|(?:it )?looks like|(?:it )?seems like|i think|i bet) (?:you|your \\w{1,12}|he|she|they) (?:have|has|had|got|are having|is having)\\b"
							+ "|\\byou (?:probably|likely|definitely|clearly|must) (?:have|has|got)\\b"
							+ "|\\b(?:that|this|it)(?:'s| is) (?:probably|likely|definitely|clearly) (?:just )?(?:an? )?(?:\\w{3,20} )?(?:\\w{2,20}itis|infection|allergy|virus|cold|flu|disease|disorder|syndrome|reaction|migraine|strep)\\b",
					Severity.REVIEW, false, "A public reply diagnoses someone.", CALL_US),
			ConductRule.of("conduct.guarantee", "GUARANTEE",
					"\\b(?:results guaranteed|money[- ]back guarantee|100% (?:safe|effective|guaranteed|natural|cure|success|painless)|guaranteed? (?:results?|cure|to (?:work|cure|heal))"
							+ "|guarantees? (?:you|a |that|results)|risk[- ]free|completely safe|totally safe|no side effects|zero side effects"
							+ "|miracle(?: cure| drug| treatment| pill)?|instant(?:ly)? cure[sd]?|permanent(?:ly)? cure[sd]?|cures? (?:it|all|everything|any)\\b)",
					Severity.REVIEW, true, "Promises a result or safety no treatment can promise.",
					"Describe the evidence and typical results, and say that results vary: \"Most patients feel less pain within weeks; ask us whether it is right for you.\""),
			ConductRule.of("conduct.off-label", "OFF_LABEL",
					"\\boff[- ]label\\b|\\bunapproved use\\b|\\bnot (?:yet )?(?:fda[- ])?approved for\\b[^.!?\\n]{0,60}\\bbut\\b|\\b(?:also|even) (?:works|helps|great) (?:for|with) (?:weight loss|anxiety|sleep|hair loss|anti-aging|aging)\\b",
					Severity.REVIEW, false, "Promotes a use the product is not approved for.",
					"Promote only approved uses; for anything else, invite people to discuss options with their clinician."),
			ConductRule.of("conduct.health-details-request", "PUBLIC_HEALTH_DETAILS",
					"\\b(?:comment|reply|post|share|drop|tell us|list|put)(?: below| here| in the comments)?(?: with)? (?:your|their) (?:\\w{1,12} )?(?:diagnos[ie]s|symptoms|medications?|meds|conditions?|date of birth|dob|birthday|medical record(?: number)?|mrn|insurance (?:id|number)|member id|ssn|social security number|test results|health (?:history|details|conditions?))\\b(?![^.!?\\n]{0,40}\\b(?:dm|direct message|private message|privately|inbox|call)\\b)",
					Severity.BLOCK, false, "Asks people to post their health details or identifiers in public.",
					"Please don't share health details or ID numbers here. Send us a private message or call us and we'll help."),
			ConductRule.of("conduct.patient-confirmation", "PATIENT_CONFIRMATION",
					"\\b(?:sorry|sad|glad|happy|hope|hoping|great|thanks?)\\b[^.!?\\n]{0,40}\\b(?:your|ur) (?:recent |last |hospital |)"
							+ "(?:stay|visit|surgery|procedure|appointment|treatment|admission|discharge|hospitali[sz]ation|recovery|delivery|test results|diagnosis|chemo|er visit)\\b"
							+ "|\\b(?:we|i|our team)(?:'ve| have)? (?:reviewed|checked|looked at|pulled up|looked into|found) your (?:chart|records?|file|medical \\w{1,10}|results|account|visit)\\b"
							+ "|\\b(?:our|the) records (?:show|say|indicate)\\b|\\bwhen you were (?:here|in|admitted|seen|treated) (?:with us|at our|last)\\b"
							+ "|\\byour (?:doctor|nurse|surgeon|care team|provider) (?:here |at our \\w{1,15} )?(?:told|said|mentioned|noted)\\b",
					Severity.BLOCK, false, "A public reply confirms that someone is (or was) a patient.",
					"Thank you for reaching out. We'd like to help; please call us or send a private message so we can follow up privately."),
			ConductRule.of("conduct.testimonial", "TESTIMONIAL",
					"\\b(?:patient (?:story|spotlight|testimonial|of the (?:week|month))|testimonials?|just ask \\w{2,15}"
							+ "|(?:our|a) (?:patient|client),? [a-z]{2,15},? (?:was|is|came|had|says|said)"
							+ "|(?:after|since) (?:her|his|their) (?:surgery|procedure|treatment|transplant|chemo)\\b)",
					Severity.REVIEW, false, "A patient story or testimonial with no consent on record.",
					"Attach the patient's signed consent to this post before publishing, or share the story without details that identify them."));

	private ConductRules() {
	}

}
