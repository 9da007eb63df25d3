package org.carecast.guardrail.internal.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Check;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;

/**
 * HIPAA Safe Harbor identifiers of patients and their relatives. Blocks outbound text and
 * flags inbound text for review (a sign to move the conversation to a private channel).
 */
public final class PhiCheck implements Check {

	public static final String NAME = "phi";

	private static final Map<String, String[]> WORDING = Map.of("NAME",
			new String[] { "This looks like a patient's or relative's name.",
					"Remove the name, or get the patient's written authorization before posting it." },
			"AGE", new String[] { "An age over 89 can identify a patient.", "Say \"over 90\" or leave the age out." },
			"DATE",
			new String[] { "A date tied to a patient (birth, visit, admission, discharge or death) identifies them.",
					"Leave the date out or keep only the year." },
			"LOCATION",
			new String[] { "A place smaller than a state (address, town, ZIP code, room or bed) tied to a patient.",
					"Remove the place, or name only the state." },
			"CONTACT",
			new String[] { "A patient's phone number, email, web page or IP address.",
					"Remove it and continue the conversation privately." },
			"ID", new String[] { "A record, account, plan, licence or other identifying number.",
					"Remove the number; never ask for it in public." });

	private final Lexicon lexicon;

	private final List<Detector> detectors;

	public PhiCheck() {
		this(Lexicon.load());
	}

	public PhiCheck(Lexicon lexicon) {
		this.lexicon = lexicon;
		this.detectors = List.of(new NameDetector(lexicon), new HandleDetector(lexicon), new IdDetector(lexicon),
				new ContactDetector(lexicon), new AgeDetector(lexicon), new DateDetector(lexicon),
				new LocationDetector(lexicon));
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Finding> inspect(Analysis analysis, ScanContext context) {
		PhiScan scan = new PhiScan(analysis, context, this.lexicon);
		List<Candidate> candidates = new ArrayList<>();
		for (Detector detector : this.detectors) {
			detector.detect(scan, candidates);
		}
		Severity severity = context.direction().isOutbound() ? Severity.BLOCK : Severity.REVIEW;
		List<Finding> findings = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			if (candidate.end() > candidate.start()) {
				String[] wording = WORDING.get(candidate.type());
				findings.add(new Finding(NAME, candidate.type(), candidate.start(), candidate.end(), severity,
						candidate.score(), candidate.rule(), wording[0], wording[1], candidate.explanation()));
			}
		}
		return findings;
	}

}
