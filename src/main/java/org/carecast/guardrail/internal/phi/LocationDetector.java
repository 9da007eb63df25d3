package org.carecast.guardrail.internal.phi;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.internal.text.StartPattern;

/**
 * Places tied to a patient: room and bed numbers, street addresses, ZIP codes and UK
 * postcodes, and towns named after "in", "from", "home to", after a patient's name ("of
 * Smithtown"), before a state ("Yankton, SD") or before "man"/"woman" ("a Maple Heights
 * man"). Countries, states, languages and the organization's own names are left alone.
 */
final class LocationDetector implements Detector {

	private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	// Each pattern is tried only at word starts with a char its matches can begin with
	// (see StartPattern).
	private static final StartPattern ROOM = StartPattern.atWords(Pattern.compile(
			"\\b(?:room|rm|bed|habitaci[oó]n|cama|bay|cubicle)\\.?\\s?#?\\s?\\d{1,4}+[a-z]?\\b(?!\\s?(?:am|pm)\\b)"),
			List.of("room", "rm", "bed", "habitacion", "habitación", "cama", "bay", "cubicle"));

	private static final StartPattern STREET = StartPattern
		.atWordStart(Pattern.compile("\\b\\d{1,5}+\\s(?:[NSEW]\\.?\\s)?(?:[A-Z][a-z]{1,20}+\\.?\\s){1,3}"
				+ "(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Ter|Terrace|Cir|Circle|Pkwy|Hwy|Highway|Close|Crescent)\\b\\.?"
				+ "(?:,?\\s?(?:(?:Apt|Apartment|Unit|Suite|Ste|Flat)\\.?\\s?#?|#)[A-Za-z0-9]{1,5}+)?"), "0123456789");

	static final StartPattern ZIP = StartPattern.where(Pattern
		.compile("\\b(?:zip(?: code)?|postcode|[A-Z]{2})\\s(\\d{5}(?:-\\d{4})?)\\b", Pattern.CASE_INSENSITIVE),
			LocationDetector::mayStartZip);

	static final StartPattern POSTCODE = StartPattern
		.where(Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b"), LocationDetector::mayStartPostcode);

	private static final StartPattern TOWN_AFTER = StartPattern.atWords(Pattern.compile(
			"\\b(?:in|from|out in|home to|moved to|en)\\s([A-Z]\\p{Ll}[\\p{L}'-]{1,29}+(?:\\s[A-Z]\\p{Ll}[\\p{L}'-]{1,29}+){0,2}+)"),
			List.of("in", "from", "out", "home", "moved", "en"));

	static final StartPattern TOWN_STATE = StartPattern.atWordStart(Pattern.compile(
			"\\b([A-Z][a-z]{2,30}+(?:\\s[A-Z][a-z]{2,30}+)?)(?:,\\s([A-Z]{2})\\b(?![a-z])|\\s([A-Z]{2})\\s\\d{5}\\b)"),
			UPPER);

	private static final StartPattern TOWN_BEFORE_PERSON = StartPattern.atWords(Pattern.compile(
			"\\b(?:year-old|yo|old)\\s([A-Z][a-z]{2,30}+(?:\\s[A-Z][a-z]{2,30}+)?)\\s(?:man|woman|boy|girl|resident|native|family|couple)\\b"),
			List.of("year", "yo", "old"));

	private static final Pattern PLACE_AFTER_NAME = Pattern
		.compile("^(?:'s)?(?: of |, )([A-Z][a-z]{2,30}+(?: [A-Z][a-z]{2,30}+)?)(?=[\\s,.!?'\u2019]|$)");

	/**
	 * "her own Fall River living room", "his Dorchester apartment": a town used to name a
	 * person's home.
	 */
	private static final StartPattern TOWN_BEFORE_HOME = StartPattern.atWords(Pattern.compile(
			"\\b(?:her|his|their|my|our) (?:own )?([A-Z][a-z]{2,30}+(?: [A-Z][a-z]{2,30}+)?) (?:home|house|apartment|flat|living room|kitchen|neighborhood|neighbourhood|backyard)\\b"),
			List.of("her", "his", "their", "my", "our"));

	private final Lexicon lexicon;

	LocationDetector(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	@Override
	public void detect(PhiScan scan, List<Candidate> found) {
		String text = scan.analysis().text();
		String lower = scan.analysis().lower();
		StartPattern.Finder room = ROOM.finder(lower);
		while (room.find()) {
			found.add(new Candidate("LOCATION", room.start(), room.end(), 0.85, "phi.location.room",
					"room or bed number"));
		}
		StartPattern.Finder postcode = POSTCODE.finder(text);
		while (postcode.find()) {
			found.add(new Candidate("LOCATION", postcode.start(), postcode.end(), 0.8, "phi.location.postcode",
					"UK postcode pattern"));
		}
		if (!scan.personMentioned(found)) {
			return;
		}
		addGroup(STREET.finder(text), 0, found, "phi.location.street", 0.85);
		// A ZIP code is five digits in a row; without them the search is skipped.
		StartPattern.Finder zip = ZIP.finder(hasFiveDigits(text) ? text : "");
		while (zip.find()) {
			String prefix = text.substring(zip.start(), zip.start(1)).trim();
			if (prefix.length() != 2 || this.lexicon.states().contains(prefix)) {
				found.add(new Candidate("LOCATION", zip.start(1), zip.end(1), 0.8, "phi.location.zip", "ZIP code"));
			}
		}
		towns(scan, TOWN_AFTER.finder(text), found, "phi.location.town-after-preposition");
		towns(scan, TOWN_BEFORE_PERSON.finder(text), found, "phi.location.town-before-person");
		StartPattern.Finder home = TOWN_BEFORE_HOME.finder(text);
		while (home.find()) {
			String place = home.group(1).toLowerCase(Locale.ROOT);
			if (!this.lexicon.placesNotPhi().contains(place) && !scan.isOrganizationWord(place.split(" ")[0])
					&& !AgeDetector.overlapsExisting(found, home.start(1), home.end(1))) {
				found.add(new Candidate("LOCATION", home.start(1), home.end(1), 0.7, "phi.location.town-before-home",
						"a place naming someone's home"));
			}
		}
		StartPattern.Finder state = TOWN_STATE.finder(mayNameState(text) ? text : "");
		while (state.find()) {
			String code = (state.group(2) != null) ? state.group(2) : state.group(3);
			if (this.lexicon.states().contains(code)) {
				addTown(scan, state.start(1), state.end(1), found, "phi.location.town-state");
			}
		}
		townsAfterNames(scan, found);
	}

	private void towns(PhiScan scan, StartPattern.Finder matcher, List<Candidate> found, String rule) {
		while (matcher.find()) {
			addTown(scan, matcher.start(1), matcher.end(1), found, rule);
		}
	}

	private void townsAfterNames(PhiScan scan, List<Candidate> found) {
		String text = scan.analysis().text();
		for (Candidate name : List.copyOf(found)) {
			if (!name.type().equals("NAME")) {
				continue;
			}
			String after = text.substring(name.end(), Math.min(text.length(), name.end() + 40));
			Matcher of = PLACE_AFTER_NAME.matcher(after);
			if (of.find() && (after.startsWith(" of ") || endsClause(after, of.end()))) {
				addTown(scan, name.end() + of.start(1), name.end() + of.end(1), found, "phi.location.town-of-person");
			}
		}
	}

	/**
	 * A ZIP label starts a word: "zip", "postcode" or a two-letter state code before a
	 * space.
	 */
	private static boolean mayStartZip(String text, int p) {
		if (p > 0 && StartPattern.isAsciiWord(text.charAt(p - 1))) {
			return false;
		}
		int end = p;
		while (end < text.length() && end - p <= 8 && Character.isLetter(text.charAt(end))) {
			end++;
		}
		String word = text.substring(p, end);
		return (end - p == 2 && end < text.length() && isRegexSpace(text.charAt(end))) || word.equalsIgnoreCase("zip")
				|| word.equalsIgnoreCase("postcode");
	}

	/**
	 * A UK postcode opens with one or two capitals and a digit.
	 */
	private static boolean mayStartPostcode(String text, int p) {
		if (!isUpper(text, p) || (p > 0 && StartPattern.isAsciiWord(text.charAt(p - 1)))) {
			return false;
		}
		return isDigit(text, p + 1) || (isUpper(text, p + 1) && isDigit(text, p + 2));
	}

	/**
	 * Whether the text has a state code where {@link #TOWN_STATE} needs one: ", SD" or "
	 * SD 57078".
	 */
	static boolean mayNameState(String text) {
		for (int i = 0; i + 3 < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',' && isRegexSpace(text.charAt(i + 1)) && isUpper(text, i + 2) && isUpper(text, i + 3)) {
				return true;
			}
			if (isRegexSpace(c) && isUpper(text, i + 1) && isUpper(text, i + 2) && i + 4 < text.length()
					&& isRegexSpace(text.charAt(i + 3)) && isDigit(text, i + 4)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUpper(String text, int i) {
		return i < text.length() && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z';
	}

	private static boolean isDigit(String text, int i) {
		return i < text.length() && StartPattern.isAsciiDigit(text.charAt(i));
	}

	/**
	 * {@code \s} without the Unicode flag.
	 */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static boolean hasFiveDigits(String text) {
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			run = StartPattern.isAsciiDigit(text.charAt(i)) ? run + 1 : 0;
			if (run == 5) {
				return true;
			}
		}
		return false;
	}

	private static boolean endsClause(String after, int end) {
		return end >= after.length() || ".!?'\u2019\u201D".indexOf(after.charAt(end)) >= 0;
	}

	private void addTown(PhiScan scan, int start, int end, List<Candidate> found, String rule) {
		Analysis analysis = scan.analysis();
		String[] words = analysis.text().substring(start, end).split(" ");
		String first = words[0].toLowerCase(Locale.ROOT);
		String whole = analysis.lower().substring(start, end);
		if (this.lexicon.isCommon(first) || this.lexicon.placesNotPhi().contains(whole)
				|| this.lexicon.placesNotPhi().contains(first) || scan.isOrganizationWord(first)
				|| scan.isHashtagWord(first) || this.lexicon.staffTitles().contains(first)
				|| this.lexicon.honorifics().contains(first) || AgeDetector.overlapsExisting(found, start, end)) {
			return;
		}
		for (String word : words) {
			if (this.lexicon.orgWords().contains(word.toLowerCase(Locale.ROOT))) {
				return;
			}
		}
		int next = end;
		while (next < analysis.text().length() && analysis.text().charAt(next) == ' ') {
			next++;
		}
		if (next < analysis.text().length() && Character.isUpperCase(analysis.text().charAt(next))) {
			String rest = analysis.lower().substring(next, Math.min(analysis.text().length(), next + 20));
			for (String org : Set.of("clinic", "hospital", "health", "medical", "general", "pharmacy", "center")) {
				if (rest.startsWith(org)) {
					return;
				}
			}
		}
		found.add(new Candidate("LOCATION", start, end, 0.65, rule, "capitalised place near a person"));
	}

	private static void addGroup(StartPattern.Finder matcher, int group, List<Candidate> found, String rule,
			double score) {
		while (matcher.find()) {
			found.add(new Candidate("LOCATION", matcher.start(group), matcher.end(group), score, rule,
					"street address pattern"));
		}
	}

}
