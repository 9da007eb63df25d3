package org.carecast.guardrail.internal.phi;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.carecast.guardrail.Analysis;

/**
 * Signs that a name belongs to staff or a public official rather than a patient: a title
 * or role before it ("Dr.", "lab manager"), a credential or role after it (", RN", ", one
 * of our paramedics", "from billing"), or the staff directory.
 */
final class StaffSignals {

	private static final Set<String> STAFF_MODIFIERS = Set.of("our", "the", "new", "lab", "head", "charge", "senior",
			"chief", "nurse", "state", "program", "unit", "medical", "clinical", "nursing");

	private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}-]++");

	/**
	 * "Tom from facilities", "Maria at the front desk": a first name tied to a department
	 * is a staff member.
	 */
	private static final java.util.regex.Pattern STAFF_DEPARTMENT = java.util.regex.Pattern.compile(
			" (?:from|at|in|on) (?:the |our )?(?:front desk|billing|facilities|registration|reception|security|housekeeping|"
					+ "pharmacy|lab|radiology|admissions|records|kitchen|cafeteria|transport|maintenance|it desk|help desk|"
					+ "check-in|desk)\\b");

	/**
	 * "Thanks to Maria, Kevin and the whole 3 West team": names listed with a team.
	 */
	private static final java.util.regex.Pattern WITH_TEAM = java.util.regex.Pattern
		.compile("(?:,? (?:and )?[A-Z][a-z]{1,20}+){0,4},? (?:and|&) (?:the|our) (?:whole |entire )?"
				+ "(?:[\\w-]{1,15}+ ){0,3}(?:team|staff|crew|nurses|department|unit)\\b");

	private final Lexicon lexicon;

	StaffSignals(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/**
	 * A staff title or role among the two words before a name.
	 */
	boolean titledBefore(String w1, String w2) {
		Set<String> titles = this.lexicon.staffTitles();
		return titles.contains(w1) || (STAFF_MODIFIERS.contains(w1) && titles.contains(w2))
				|| (titles.contains(w2) && STAFF_MODIFIERS.contains(w1));
	}

	boolean after(Analysis analysis, Mention mention) {
		String after = analysis.lower()
			.substring(mention.end(), Math.min(analysis.text().length(), mention.end() + 90));
		String original = analysis.text()
			.substring(mention.end(), Math.min(analysis.text().length(), mention.end() + 90));
		if (after.startsWith(" joins") || STAFF_DEPARTMENT.matcher(after).lookingAt()
				|| WITH_TEAM.matcher(original).lookingAt()) {
			return true;
		}
		if (after.startsWith(", one of our") || after.startsWith(", our ")) {
			for (String word : NON_WORD.split(after)) {
				if (this.lexicon.staffTitles().contains(word)) {
					return true;
				}
				if (word.equals("patient") || word.equals("patients")) {
					return false;
				}
			}
		}
		int next = mention.last() + 1;
		if (next + 1 < analysis.size() && ",".equals(analysis.word(next))) {
			String credential = analysis.lowerWord(next + 1).replace(".", "");
			return this.lexicon.staffSuffixes().contains(credential);
		}
		return false;
	}

	static Set<String> directoryWords(PhiScan scan) {
		Set<String> words = new HashSet<>();
		for (String name : scan.context().staffNames()) {
			for (String part : name.toLowerCase(Locale.ROOT).split("[\\s.,]++")) {
				if (part.length() >= 2) {
					words.add(part);
				}
			}
		}
		return words;
	}

}
