package org.carecast.inbox.adverse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.inbox.adverse.ReportFields.Outcome;
import org.carecast.inbox.adverse.ReportFields.ReporterType;
import org.carecast.inbox.adverse.ReportFields.Seriousness;
import org.carecast.inbox.adverse.ReportFields.YesNoUnknown;

import org.springframework.stereotype.Component;

/**
 * Prefills a draft adverse-event report from the words of an inbound item: the product
 * from a list of medicines and vaccines, the lot number after "lot" or "batch", the onset
 * phrase, seriousness and outcome cues, who is writing, and whether they invite contact.
 * Every filled field comes with a note naming the cue that filled it, so the responder
 * can check it. It only suggests: a person confirms every field before the report is
 * sent. Patterns are compiled once and bounded, so scanning time is linear in the text
 * length.
 */
@Component
public final class AdverseEventExtractor {

	/** Longer texts are cut: a report is about what one message says. */
	static final int MAX_TEXT = 10_000;

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern LOT = Pattern.compile(
			"\\b(lot|batch)(?:\\s{0,3}(?:number|no\\.?|num\\.?|#))?\\s{0,3}[:#]?\\s{0,3}([A-Z0-9][A-Z0-9-]{2,19})\\b",
			Pattern.CASE_INSENSITIVE);

	private static final String NUMBER = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
			+ "twelve|a few|few|several|a couple of|couple of|couple)";

	private static final String DOSE = "(?:(?:my|the|his|her|their|our|that|this)\\s)?(?:(?:first|second|third|"
			+ "fourth|1st|2nd|3rd|4th|last|latest|booster|covid|flu|new)\\s)?(?:dose|shot|jab|injection|vaccine|"
			+ "vaccination|booster|pill|tablet|prescription|medication|medicine)";

	private static final List<Pattern> ONSET = List.of(
			Pattern.compile("\\b" + NUMBER + "\\s(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s(?:after|later|"
					+ "since|into|ago)(?:\\s" + DOSE + "|\\s(?:taking|starting)\\s(?:it|them))?", FLAGS),
			Pattern.compile("\\b(?:right |just |shortly |soon )?after\\s" + DOSE + "\\b", FLAGS),
			Pattern.compile("\\bwithin\\s" + NUMBER + "\\s(?:minutes?|hours?|days?)", FLAGS),
			Pattern.compile("\\bsince\\s(?:yesterday|last night|this morning|last week|(?:mon|tues|wednes|thurs|fri|"
					+ "satur|sun)day|then|i started(?:\\s(?:it|them|taking it))?)", FLAGS),
			Pattern
				.compile(
						"\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b(?:jan|feb|mar|apr|may|"
								+ "jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?\\b",
						FLAGS),
			Pattern.compile("\\b(?:yesterday|last night|this morning|overnight)\\b", FLAGS));

	private static final Pattern NEGATION = Pattern.compile(
			"\\b(?:no|not|never|didn'?t|did not|wasn'?t|was not|without|don'?t|do not|no need to)\\b[^.!?]{0,25}$",
			FLAGS);

	private static final Map<Seriousness, Pattern> SERIOUSNESS = Map.of(Seriousness.DEATH,
			Pattern.compile("\\b(?:died|passed away|pronounced dead|has died)\\b", FLAGS), Seriousness.LIFE_THREATENING,
			Pattern.compile("\\b(?:couldn'?t breathe|could not breathe|can'?t breathe|cannot breathe|stopped breathing|"
					+ "anaphyla\\w{0,8}|throat (?:closed|closing|swelled shut)|almost died|nearly died|"
					+ "life[- ]threatening|epi-?pen|resuscitated|cpr)\\b", FLAGS),
			Seriousness.HOSPITALIZATION,
			Pattern.compile("\\b(?:hospitali[sz]ed|admitted|in (?:the )?hospital|emergency room|emergency department|"
					+ "intensive care|ambulance)\\b|\\b(?:ER|ICU|A&E)\\b"),
			Seriousness.DISABILITY,
			Pattern.compile("\\b(?:paraly[sz]\\w{0,4}|can'?t walk|cannot walk|unable to walk|lost (?:my|his|her) "
					+ "(?:hearing|sight|vision)|went (?:blind|deaf)|permanent(?:ly)? (?:damage|damaged|disabled))\\b",
					FLAGS),
			Seriousness.CONGENITAL_ANOMALY, Pattern.compile("\\b(?:birth defects?|congenital|born with)\\b", FLAGS),
			Seriousness.OTHER_MEDICALLY_IMPORTANT,
			Pattern.compile("\\b(?:seizures?|convulsions?|blood clots?|stroke|guillain|myocarditis|pericarditis|"
					+ "bell'?s palsy)\\b", FLAGS));

	/** Checked in this order: the first that fires sets the outcome. */
	private static final List<Map.Entry<Outcome, Pattern>> OUTCOMES = List.of(Map.entry(Outcome.NOT_RECOVERED,
			Pattern.compile("\\b(?:still (?:have|having|has|got|can'?t|hurts?|swollen|sick|in pain|feel\\w{0,3}|"
					+ "itch\\w{0,3})|not (?:getting )?better|getting worse|hasn'?t (?:gone away|stopped|improved)|"
					+ "won'?t go away)\\b", FLAGS)),
			Map.entry(Outcome.RECOVERING, Pattern.compile(
					"\\b(?:getting better|improving|recovering|slowly better|a bit better|on the mend)\\b", FLAGS)),
			Map.entry(Outcome.RECOVERED,
					Pattern.compile(
							"\\b(?:recovered|fine now|ok now|okay now|better now|back to normal|went away|gone now|"
									+ "resolved|cleared up|all good now)\\b",
							FLAGS)));

	private static final Pattern CLINICIAN = Pattern.compile("\\b(?:my patients?|(?:i'?m|i am|as) an? (?:nurse|doctor|"
			+ "physician|pharmacist|np|pa|paramedic|gp|midwife))\\b", FLAGS);

	private static final Pattern CAREGIVER = Pattern.compile("\\bmy (?:son|daughter|child|kids?|baby|toddler|mom|mum|"
			+ "mother|dad|father|husband|wife|partner|grandma|grandmother|grandpa|grandfather|brother|sister|boy|girl|"
			+ "aunt|uncle|parents?|grandson|granddaughter)\\b", FLAGS);

	private static final Pattern OTHER_PERSON = Pattern
		.compile("\\bmy (?:friend|neighbou?r|coworker|co-worker|" + "colleague|roommate)\\b", FLAGS);

	private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|i've|i'd|me|my|myself)\\b", FLAGS);

	private static final Pattern CONTACT_NO = Pattern
		.compile("\\b(?:don'?t|do not|please don'?t) (?:contact|call|email|e-mail|dm|message) me\\b", FLAGS);

	private static final Pattern CONTACT_YES = Pattern.compile("\\b(?:(?:you can|feel free to|please|happy for you to)"
			+ " (?:contact|call|email|e-mail|dm|message) me|dm me|message me|reach me)\\b", FLAGS);

	private final ProductLexicon products;

	public AdverseEventExtractor() {
		this.products = ProductLexicon.load();
	}

	/** A prefilled draft and why each field was filled in. */
	public record Prefill(ReportFields fields, List<String> notes) {

		@Override
		public String toString() {
			return "Prefill[" + this.notes.size() + " notes, text hidden]";
		}

	}

	public Prefill extract(String input) {
		String text = (input == null) ? "" : input.strip();
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		List<String> notes = new ArrayList<>();
		String product = product(text, notes);
		String lot = lot(text, notes);
		String onset = onset(text, notes);
		Set<Seriousness> seriousness = seriousness(text, notes);
		Outcome outcome = outcome(text, seriousness, notes);
		ReporterType reporter = reporter(text, notes);
		YesNoUnknown identifiable = YesNoUnknown.UNKNOWN;
		if (reporter == ReporterType.PATIENT) {
			identifiable = YesNoUnknown.YES;
			notes.add("Patient identifiable: yes, because the author writes about themselves and their account "
					+ "identifies them.");
		}
		YesNoUnknown contact = contact(text, notes);
		String description = (text.length() > ReportFields.DESCRIPTION_MAX)
				? text.substring(0, ReportFields.DESCRIPTION_MAX) : text;
		return new Prefill(new ReportFields(identifiable, reporter, contact, product, lot, description, onset,
				seriousness, outcome), notes);
	}

	private String product(String text, List<String> notes) {
		List<ProductLexicon.Match> found = this.products.all(text);
		if (found.isEmpty()) {
			return "";
		}
		ProductLexicon.Match first = found.get(0);
		String name = first.isGeneric() ? first.generic() : first.name() + " (" + first.generic() + ")";
		notes.add("Product: \u201c" + first.name() + "\u201d is in the list of medicines and vaccines"
				+ (first.isGeneric() ? "." : ", as a name of " + first.generic() + ".") + ((found.size() > 1)
						? " The text names " + (found.size() - 1) + " more; check which one is suspected." : ""));
		return (name.length() > ReportFields.SHORT_MAX) ? name.substring(0, ReportFields.SHORT_MAX) : name;
	}

	private static String lot(String text, List<String> notes) {
		Matcher m = LOT.matcher(text);
		while (m.find()) {
			String candidate = m.group(2);
			if (candidate.chars().anyMatch(Character::isDigit)) {
				notes.add("Lot number: follows the word \u201c" + m.group(1) + "\u201d.");
				return candidate;
			}
		}
		return "";
	}

	private static String onset(String text, List<String> notes) {
		for (Pattern pattern : ONSET) {
			Matcher m = pattern.matcher(text);
			if (m.find()) {
				notes.add("Onset: the phrase \u201c" + m.group() + "\u201d.");
				return m.group();
			}
		}
		return "";
	}

	private static Set<Seriousness> seriousness(String text, List<String> notes) {
		Set<Seriousness> found = EnumSet.noneOf(Seriousness.class);
		for (Seriousness criterion : Seriousness.values()) {
			Pattern pattern = SERIOUSNESS.get(criterion);
			if (pattern == null) {
				continue;
			}
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				if (negated(text, m.start())) {
					continue;
				}
				found.add(criterion);
				notes.add("Seriousness, " + criterion.label().toLowerCase(java.util.Locale.ROOT) + ": the cue \u201c"
						+ m.group() + "\u201d" + ((criterion == Seriousness.HOSPITALIZATION)
								? " (confirm the person was admitted, not only seen)." : "."));
				break;
			}
		}
		return found;
	}

	private static Outcome outcome(String text, Set<Seriousness> seriousness, List<String> notes) {
		if (seriousness.contains(Seriousness.DEATH)) {
			notes.add("Outcome: fatal, because the text says the person died.");
			return Outcome.FATAL;
		}
		for (Map.Entry<Outcome, Pattern> entry : OUTCOMES) {
			Matcher m = entry.getValue().matcher(text);
			if (m.find()) {
				notes.add("Outcome: the cue \u201c" + m.group() + "\u201d.");
				return entry.getKey();
			}
		}
		return Outcome.UNKNOWN;
	}

	private static ReporterType reporter(String text, List<String> notes) {
		Optional<ReporterType> type = Optional.empty();
		Matcher m;
		if ((m = CLINICIAN.matcher(text)).find()) {
			type = Optional.of(ReporterType.CLINICIAN);
		}
		else if ((m = CAREGIVER.matcher(text)).find()) {
			type = Optional.of(ReporterType.CAREGIVER);
		}
		else if ((m = OTHER_PERSON.matcher(text)).find()) {
			type = Optional.of(ReporterType.OTHER);
		}
		else if ((m = FIRST_PERSON.matcher(text)).find()) {
			type = Optional.of(ReporterType.PATIENT);
		}
		if (type.isPresent()) {
			notes.add("Reporter: " + type.get().label().toLowerCase(java.util.Locale.ROOT) + ", from \u201c" + m.group()
					+ "\u201d.");
		}
		return type.orElse(null);
	}

	private static YesNoUnknown contact(String text, List<String> notes) {
		Matcher no = CONTACT_NO.matcher(text);
		if (no.find()) {
			notes.add("Contact permission: no, from \u201c" + no.group() + "\u201d.");
			return YesNoUnknown.NO;
		}
		Matcher yes = CONTACT_YES.matcher(text);
		if (yes.find()) {
			notes.add("Contact permission: yes, from \u201c" + yes.group() + "\u201d.");
			return YesNoUnknown.YES;
		}
		return YesNoUnknown.UNKNOWN;
	}

	private static boolean negated(String text, int start) {
		int from = Math.max(0, start - 40);
		return NEGATION.matcher(text.substring(from, start)).find();
	}

}
