package org.carecast.guardrail.internal.phi;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Token;

/**
 * A patient's social-media handle: one that opens a reply or a message ("@tasha_b92 mom's
 * surgery went great") or follows a patient cue ("my patient @sarahruns26"), and looks
 * like a person's (digits, an underscore or a given name) rather than an organization's.
 */
final class HandleDetector implements Detector {

	private static final List<String> ORGANIZATION_PARTS = List.of("health", "hosp", "clinic", "rx", "pharm", "care",
			"med", "dental", "bh", "county", "center", "centre", "dept", "gov", "official", "news", "team", "wellness",
			"lab", "nhs", "trust", "cdc", "who", "foundation", "institute");

	private final Lexicon lexicon;

	private final Set<String> lowerFirstNames;

	HandleDetector(Lexicon lexicon) {
		this.lexicon = lexicon;
		Set<String> names = new HashSet<>();
		for (String name : lexicon.firstNames()) {
			if (name.length() >= 4) {
				names.add(name.toLowerCase(Locale.ROOT));
			}
		}
		this.lowerFirstNames = Set.copyOf(names);
	}

	@Override
	public void detect(PhiScan scan, List<Candidate> found) {
		Analysis analysis = scan.analysis();
		boolean leading = true;
		for (int i = 0; i < analysis.size(); i++) {
			Token token = analysis.token(i);
			if (token.kind() == Token.Kind.HANDLE) {
				String handle = analysis.lower().substring(token.start() + 1, token.end());
				boolean cue = patientCue(analysis, i);
				if (!organizationLike(handle) && ((leading && personLike(handle)) || cue)) {
					found.add(new Candidate("NAME", token.start(), token.end(), cue ? 0.8 : 0.65,
							cue ? "phi.name.handle-cue" : "phi.name.handle-addressed",
							"a person's handle addressed or introduced as a patient"));
				}
			}
			if (token.kind() != Token.Kind.SYMBOL) {
				leading = false;
			}
		}
	}

	private boolean patientCue(Analysis analysis, int index) {
		for (String word : LeftContext.words(analysis, index)) {
			if (this.lexicon.kinship().contains(word) || "patient".equals(word) || "pt".equals(word)) {
				return true;
			}
		}
		return false;
	}

	private boolean personLike(String handle) {
		if (handle.chars().anyMatch(Character::isDigit) || handle.indexOf('_') >= 0) {
			return true;
		}
		for (int length = Math.min(handle.length(), 10); length >= 4; length--) {
			if (this.lowerFirstNames.contains(handle.substring(0, length)) && handle.length() - length <= 2) {
				return true;
			}
		}
		return false;
	}

	static boolean organizationLike(String handle) {
		for (String part : ORGANIZATION_PARTS) {
			if (handle.contains(part)) {
				return true;
			}
		}
		return false;
	}

}
