package org.carecast.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.guardrail.InboundTriage;
import org.carecast.guardrail.Report;
import org.carecast.guardrail.Triage;
import org.carecast.guardrail.TriageDecision;
import org.carecast.guardrail.TriageLabel;

/**
 * A triage for tests whose labels the test chooses: {@code [crisis]} or
 * {@code [adverse_event]} in a text gives that label. The inbox's tests check what the
 * inbox does with labels, not how good the classifier is.
 */
public class MarkedTriage extends InboundTriage {

	private static final Pattern MARK = Pattern.compile("\\[([a-z_]+)\\]");

	@Override
	public Triage classify(String text, Report report) {
		return classify(text);
	}

	@Override
	public Triage classify(String text) {
		List<TriageDecision> decisions = new ArrayList<>();
		Matcher m = MARK.matcher(text);
		while (m.find()) {
			TriageLabel.fromCode(m.group(1))
				.ifPresent((l) -> decisions.add(new TriageDecision(l, 0.9, "Marked " + l.code() + " by the test.")));
		}
		decisions.sort((a, b) -> a.label().compareTo(b.label()));
		return decisions.isEmpty() ? new Triage(List.of(new TriageDecision(TriageLabel.OTHER, 0.5, "Nothing marked.")))
				: new Triage(decisions);
	}

}
