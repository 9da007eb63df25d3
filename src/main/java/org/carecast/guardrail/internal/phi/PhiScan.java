package org.carecast.guardrail.internal.phi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Token;

/**
 * What the phi detectors share while scanning one text: the analysis, the context, the
 * word lists, and facts derived once (does the text talk about a person, which words are
 * part of the organization's own names).
 */
final class PhiScan {

	private final Analysis analysis;

	private final ScanContext context;

	private final Lexicon lexicon;

	private final boolean personMentioned;

	private final boolean staffText;

	private final Set<String> organizationWords;

	private final Set<String> hashtagWords;

	private final int digitCount;

	private final int longestDigitRun;

	PhiScan(Analysis analysis, ScanContext context, Lexicon lexicon) {
		this.analysis = analysis;
		this.context = context;
		this.lexicon = lexicon;
		this.staffText = containsAny(analysis.lower(), lexicon.cue("staff-text-cues"));
		this.personMentioned = findsPersonWord(analysis, lexicon) && !this.staffText;
		this.organizationWords = organizationWords(analysis, lexicon, Token.Kind.HANDLE);
		this.hashtagWords = organizationWords(analysis, lexicon, Token.Kind.HASHTAG);
		String text = analysis.text();
		int digits = 0;
		int run = 0;
		int longest = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			run = (c >= '0' && c <= '9') ? run + 1 : 0;
			digits += (run > 0) ? 1 : 0;
			longest = Math.max(longest, run);
		}
		this.digitCount = digits;
		this.longestDigitRun = longest;
	}

	/**
	 * How many ASCII digits the text has: a pattern that needs more (a phone number, a
	 * card number) need not be searched.
	 */
	int digitCount() {
		return this.digitCount;
	}

	/**
	 * The most ASCII digits in a row ("93" in "93-year-old" is 2): a pattern that needs a
	 * longer run need not be searched.
	 */
	int longestDigitRun() {
		return this.longestDigitRun;
	}

	Analysis analysis() {
		return this.analysis;
	}

	ScanContext context() {
		return this.context;
	}

	Lexicon lexicon() {
		return this.lexicon;
	}

	/**
	 * Whether the text speaks of a particular person (a pronoun, a relation, a patient
	 * word), or one of {@code found} is a name. Dates and places count as identifiers
	 * only then: "Saturday, April 27, 9am" in an event post identifies nobody.
	 */
	boolean personMentioned(List<Candidate> found) {
		if (this.personMentioned) {
			return true;
		}
		for (Candidate candidate : found) {
			if (candidate.type().equals("NAME") || candidate.type().equals("ID")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text is about staff (a staff spotlight, a welcome, a job post): names
	 * in it are staff unless a patient cue says otherwise.
	 */
	boolean staffText() {
		return this.staffText;
	}

	private static boolean containsAny(String lower, Set<String> cues) {
		for (String cue : cues) {
			if (lower.contains(cue)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a capitalised word is part of an organization's name in this text: it
	 * appears in a handle, or just before an organization word ("Riverbend Cancer
	 * Institute").
	 */
	boolean isOrganizationWord(String lowerWord) {
		return this.organizationWords.contains(lowerWord);
	}

	private static boolean findsPersonWord(Analysis analysis, Lexicon lexicon) {
		for (int i = 0; i < analysis.size(); i++) {
			if (analysis.token(i).kind() != Token.Kind.WORD) {
				continue;
			}
			String word = analysis.lowerWord(i).replace('\u2019', '\'');
			if (lexicon.cue("person-words").contains(word) || lexicon.kinship().contains(word)
					|| lexicon.honorifics().contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a word appears in one of the text's hashtags (#RiverbendStrong): such words
	 * name campaigns and places of the organization more often than a patient's town.
	 */
	boolean isHashtagWord(String lowerWord) {
		return this.hashtagWords.contains(lowerWord);
	}

	private static Set<String> organizationWords(Analysis analysis, Lexicon lexicon, Token.Kind tagKind) {
		Set<String> result = new HashSet<>();
		for (int i = 0; i < analysis.size(); i++) {
			Token token = analysis.token(i);
			if (token.kind() == tagKind && (tagKind == Token.Kind.HASHTAG
					|| HandleDetector.organizationLike(analysis.lower().substring(token.start() + 1, token.end())))) {
				for (String part : splitCamel(analysis.text().substring(token.start() + 1, token.end()))) {
					if (part.length() >= 4) {
						result.add(part);
					}
				}
			}
			else if (analysis.capitalized(i) && followedByOrganizationWord(analysis, lexicon, i)) {
				result.add(analysis.lowerWord(i));
			}
		}
		return result;
	}

	private static boolean followedByOrganizationWord(Analysis analysis, Lexicon lexicon, int i) {
		for (int j = i + 1; j < analysis.size() && j <= i + 3; j++) {
			if (!analysis.capitalized(j)) {
				return false;
			}
			if (lexicon.orgWords().contains(analysis.lowerWord(j))) {
				return true;
			}
		}
		return false;
	}

	static List<String> splitCamel(String value) {
		List<String> parts = new java.util.ArrayList<>();
		int start = 0;
		for (int i = 1; i <= value.length(); i++) {
			if (i == value.length()
					|| (Character.isUpperCase(value.charAt(i)) && Character.isLowerCase(value.charAt(i - 1)))
					|| !Character.isLetter(value.charAt(i))) {
				if (i > start) {
					String part = value.substring(start, i).toLowerCase(java.util.Locale.ROOT);
					if (Character.isLetter(part.charAt(0))) {
						parts.add(part);
					}
				}
				start = (i < value.length() && !Character.isLetter(value.charAt(i))) ? i + 1 : i;
			}
		}
		return parts;
	}

}
