package org.carecast.guardrail.internal.conduct;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Check;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;

/**
 * How the organization speaks in public: no individual advice, doses or diagnoses in a
 * reply, no guarantees or cure claims, no off-label promotion, no patient stories without
 * consent on record, no profanity or insults, no requests for health details in public,
 * and no reply that confirms someone is a patient. Every finding suggests a compliant
 * rewrite. Inbound items are checked for profanity and harassment only.
 */
public final class ConductCheck implements Check {

	public static final String NAME = "conduct";

	private static final Pattern NEGATION_BEFORE = Pattern.compile(
			"\\b(?:no|not|never|isn't|aren't|don't|do not|doesn't|nothing is|there's no|there is no|without)\\s+(?:\\w+\\s+){0,2}$");

	private final Profanity profanity = new Profanity();

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Finding> inspect(Analysis analysis, ScanContext context) {
		String lower = analysis.lower().replace('\u2019', '\'');
		List<Finding> findings = new ArrayList<>();
		boolean outbound = context.direction().isOutbound();
		for (int[] span : this.profanity.find(lower)) {
			findings.add(new Finding(NAME, "PROFANITY", span[0], span[1], outbound ? Severity.BLOCK : Severity.REVIEW,
					0.9, "conduct.profanity",
					outbound ? "Profanity or an insult in a post from the organization."
							: "Profanity, an insult or harassment.",
					outbound ? "Remove the insult and keep the reply calm and respectful."
							: "Reply calmly or hide the comment under the community guidelines.",
					"a profane or insulting word, also when letters are disguised with symbols or digits"));
		}
		if (!outbound) {
			return findings;
		}
		for (ConductRule rule : ConductRules.OUTBOUND) {
			if (rule.type().equals("TESTIMONIAL") && context.hasConsent()) {
				continue;
			}
			Matcher matcher = rule.pattern().matcher(lower);
			while (matcher.find()) {
				if (rule.negatable() && negated(lower, matcher.start())) {
					continue;
				}
				findings.add(new Finding(NAME, rule.type(), matcher.start(), matcher.end(), rule.severity(), 0.8,
						rule.id(), rule.message(), rule.suggestion(), "pattern " + rule.id()));
			}
		}
		return findings;
	}

	private static boolean negated(String lower, int start) {
		String before = lower.substring(Math.max(0, start - 25), start);
		return NEGATION_BEFORE.matcher(before).find();
	}

}
