package org.carecast.guardrail.internal.conduct;

import java.util.regex.Pattern;

import org.carecast.guardrail.Severity;

/**
 * One conduct rule: a pattern over the lower-cased text, the severity for outbound text,
 * and a compliant rewrite.
 *
 * @param id the rule id, for example {@code conduct.dosing}
 * @param type the finding type, for example {@code MEDICAL_ADVICE}
 * @param pattern compiled once; bounded so matching stays linear
 * @param severity what it means for an outbound post or reply
 * @param negatable whether "no", "not" or "never" just before the match cancels it ("no
 * miracle cure")
 * @param message the problem in plain language
 * @param suggestion a compliant rewrite
 */
record ConductRule(String id, String type, Pattern pattern, Severity severity, boolean negatable, String message,
		String suggestion) {

	static ConductRule of(String id, String type, String regex, Severity severity, boolean negatable, String message,
			String suggestion) {
		return new ConductRule(id, type, Pattern.compile(regex), severity, negatable, message, suggestion);
	}

}
