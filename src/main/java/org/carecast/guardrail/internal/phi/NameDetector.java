package org.carecast.guardrail.internal.phi;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carecast.guardrail.Analysis;

/**
 * Names of patients and their relatives. Each capitalised run is judged by its
 * surroundings: a relation or courtesy title before it ("my mom Linda", "Mrs Okafor"), a
 * patient cue ("Pt", "name is", "Hi"), a given-name list, and staff signals that clear it
 * ("Dr.", "lab manager", ", RN", the staff directory). Names found once are then found
 * again wherever they recur, hashtags included.
 */
final class NameDetector implements Detector {

	private static final java.util.regex.Pattern AGE_AFTER = java.util.regex.Pattern.compile(", (?:9\\d|1[01]\\d)\\b");

	private final MentionFinder mentions;

	private final Lexicon lexicon;

	private final StaffSignals staff;

	private final LowerCaseNames lowerCaseNames;

	NameDetector(Lexicon lexicon) {
		this.lexicon = lexicon;
		this.mentions = new MentionFinder(lexicon);
		this.staff = new StaffSignals(lexicon);
		this.lowerCaseNames = new LowerCaseNames(lexicon);
	}

	@Override
	public void detect(PhiScan scan, List<Candidate> found) {
		Analysis analysis = scan.analysis();
		List<Mention> all = this.mentions.find(analysis);
		Role[] roles = new Role[all.size()];
		String[] rules = new String[all.size()];
		boolean staffText = scan.staffText();
		Set<String> patientWords = new HashSet<>();
		Set<String> staffWords = new HashSet<>(StaffSignals.directoryWords(scan));
		for (int m = 0; m < all.size(); m++) {
			Mention mention = all.get(m);
			Judgement judgement = judge(scan, mention, staffText, staffWords);
			if (judgement.role() == Role.UNKNOWN && m > 0 && coordinated(analysis, all.get(m - 1), mention)) {
				judgement = new Judgement(roles[m - 1], "phi.name.coordinated");
			}
			roles[m] = judgement.role();
			rules[m] = judgement.rule();
			collectWords(analysis, mention, (roles[m] == Role.PATIENT) ? patientWords
					: (roles[m] == Role.STAFF) ? staffWords : new HashSet<>());
		}
		patientWords.removeAll(staffWords);
		for (int m = 0; m < all.size(); m++) {
			Mention mention = all.get(m);
			if (roles[m] == Role.UNKNOWN && sharesWord(analysis, mention, patientWords)) {
				roles[m] = Role.PATIENT;
				rules[m] = "phi.name.repeated";
			}
			if (roles[m] == Role.PATIENT) {
				double score = rules[m].endsWith("cue") ? 0.85 : 0.6;
				found.add(new Candidate("NAME", mention.start(), mention.end(), score, rules[m],
						"capitalised name judged by its context (" + rules[m] + ")"));
			}
		}
		new HashtagNames().find(analysis, patientWords, found);
		this.lowerCaseNames.find(analysis, found);
	}

	private Judgement judge(PhiScan scan, Mention mention, boolean staffText, Set<String> staffWords) {
		Analysis analysis = scan.analysis();
		String text = analysis.lower().substring(mention.start(), mention.end());
		String first = MentionFinder.stripPossessive(analysis.word(mention.first()));
		if (this.lexicon.publicFigures().contains(text) || organizationName(scan, mention)) {
			return new Judgement(Role.STAFF, "phi.name.public");
		}
		if (sharesWord(analysis, mention, staffWords)) {
			return new Judgement(Role.STAFF, "phi.name.staff");
		}
		List<String> left = LeftContext.words(analysis, mention.first());
		String w1 = left.isEmpty() ? "" : left.get(0);
		String w2 = (left.size() > 1) ? left.get(1) : "";
		boolean related = false;
		for (String word : left.subList(0, Math.min(2, left.size()))) {
			related |= this.lexicon.kinship().contains(word) || this.lexicon.honorifics().contains(word);
		}
		// "my dad Bob and the whole ICU team": a relation outweighs what follows the
		// name.
		if (this.staff.titledBefore(w1, w2) || (!related && this.staff.after(analysis, mention))) {
			return new Judgement(Role.STAFF, "phi.name.staff");
		}
		if (staffText && !related) {
			// In a staff announcement "Welcome" and "Meet" introduce colleagues.
			return new Judgement(Role.UNKNOWN, "phi.name.staff-context");
		}
		boolean titleCase = titleCaseCue(analysis, mention, first);
		for (String word : left.subList(0, Math.min(2, left.size()))) {
			if (titleCase) {
				break;
			}
			if (this.lexicon.kinship().contains(word) || this.lexicon.honorifics().contains(word)
					|| this.lexicon.patientCues().contains(word)) {
				return new Judgement(Role.PATIENT, "phi.name.cue");
			}
		}
		if (signOff(analysis, mention) || ("is".equals(w1) && ("this".equals(w2) || "name".equals(w2)))
				|| patientAfter(analysis, mention)) {
			return new Judgement(Role.PATIENT, "phi.name.cue");
		}
		if (staffText) {
			return new Judgement(Role.UNKNOWN, "phi.name.staff-context");
		}
		String lowerFirst = first.toLowerCase(Locale.ROOT);
		boolean listed = this.lexicon.isFirstName(first) && !this.lexicon.isCommon(lowerFirst)
				&& !this.lexicon.placesNotPhi().contains(lowerFirst)
				&& (mention.tokenCount() >= 2 || !this.lexicon.ambiguousNames().contains(lowerFirst));
		boolean place = "at".equals(w1) && mention.tokenCount() == 1;
		if (listed && !place && !MentionFinder.isInitial(analysis, mention.first())) {
			return new Judgement(Role.PATIENT, "phi.name.given-name");
		}
		boolean weak = this.lexicon.cue("weak-name-cues").contains(w1) || rightVerb(analysis, mention);
		if (weak && mention.tokenCount() >= 2
				&& (!analysis.startsSentence(mention.first()) || rightVerb(analysis, mention))) {
			return new Judgement(Role.PATIENT, "phi.name.full-name");
		}
		return new Judgement(Role.UNKNOWN, "phi.name.unknown");
	}

	/**
	 * "Our Patient Relations team", "Remote Patient Monitoring": a capitalised cue word
	 * inside a title-case phrase names a service, not a person, unless a given name
	 * follows.
	 */
	private boolean titleCaseCue(Analysis analysis, Mention mention, String first) {
		int previous = mention.first() - 1;
		if (previous < 0 || !analysis.capitalized(previous) || analysis.startsSentence(previous)) {
			return false;
		}
		String cue = analysis.lowerWord(previous);
		boolean serviceWord = cue.equals("patient") || cue.equals("client") || cue.equals("member");
		return serviceWord && !this.lexicon.isFirstName(first);
	}

	private boolean organizationName(PhiScan scan, Mention mention) {
		Analysis analysis = scan.analysis();
		int next = mention.last() + 1;
		if (next < analysis.size() && analysis.capitalized(next)
				&& this.lexicon.orgWords().contains(analysis.lowerWord(next))) {
			return true;
		}
		for (int i = mention.first(); i <= mention.last(); i++) {
			if (scan.isOrganizationWord(analysis.lowerWord(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean patientAfter(Analysis analysis, Mention mention) {
		String after = analysis.lower().substring(mention.end(), Math.min(analysis.text().length(), mention.end() + 8));
		String before = analysis.lower().substring(Math.max(0, mention.start() - 4), mention.start());
		return after.startsWith(" (dob") || after.startsWith(", dob") || AGE_AFTER.matcher(after).lookingAt()
				|| (after.startsWith(" family") && !before.endsWith("our "));
	}

	private boolean rightVerb(Analysis analysis, Mention mention) {
		int next = mention.last() + 1;
		return next < analysis.size() && this.lexicon.cue("name-verbs").contains(analysis.lowerWord(next));
	}

	private static boolean signOff(Analysis analysis, Mention mention) {
		String before = analysis.text().substring(Math.max(0, mention.start() - 3), mention.start());
		return before.contains("\u2014") || before.contains("\u2013 ") || before.endsWith("- ");
	}

	private static boolean coordinated(Analysis analysis, Mention previous, Mention mention) {
		String between = analysis.lower().substring(previous.end(), mention.start()).trim();
		return between.equals("and") || between.equals("&") || between.equals("y") || between.equals(",");
	}

	private void collectWords(Analysis analysis, Mention mention, Set<String> into) {
		for (int i = mention.first(); i <= mention.last(); i++) {
			String word = MentionFinder.stripPossessive(analysis.lowerWord(i));
			if (word.length() >= 3 && !this.lexicon.isCommon(word)) {
				into.add(word);
			}
		}
	}

	private static boolean sharesWord(Analysis analysis, Mention mention, Set<String> words) {
		for (int i = mention.first(); i <= mention.last(); i++) {
			if (words.contains(MentionFinder.stripPossessive(analysis.lowerWord(i)))) {
				return true;
			}
		}
		return false;
	}

	enum Role {

		PATIENT, STAFF, UNKNOWN

	}

	record Judgement(Role role, String rule) {
	}

}
