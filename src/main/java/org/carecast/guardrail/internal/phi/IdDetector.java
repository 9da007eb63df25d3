package org.carecast.guardrail.internal.phi;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Token;
import org.carecast.guardrail.internal.text.StartPattern;

/**
 * Identifying numbers: SSNs that pass the validity rules, Medicare MBIs by their layout,
 * VINs by their check digit, and any record, member, account, claim, licence, plate,
 * serial or similar number that follows the word that names it ("MRN 00482913", "rx #
 * 2290431", "NHS number 485 777 3456", "username jrivera_1990").
 */
final class IdDetector implements Detector {

	private static final Pattern SSN = Pattern.compile("(?<![\\w-])(\\d{3})([- ]?)(\\d{2})\\2(\\d{4})(?![\\w-])");

	private static final Pattern SSN_CUE = Pattern.compile("\\b(?:ssn|social|security)\\b");

	private static final Set<String> ANY_WORD_CUES = Set.of("username");

	private static final Pattern CARD = Pattern.compile("(?<![\\w-])\\d{4}(?:[ -]?\\d{4}){2}[ -]?\\d{1,7}(?![\\w-])");

	private static final Pattern IBAN = Pattern
		.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b");

	// Each pattern is tried only where a match can start (StartPattern): keep these in
	// step with the patterns above.
	static final StartPattern SSN_STARTS = StartPattern.atWordStart(SSN, "0123456789");

	static final StartPattern CARD_STARTS = StartPattern.atWordStart(CARD, "0123456789");

	static final StartPattern IBAN_STARTS = StartPattern.where(IBAN,
			(text, p) -> p + 3 < text.length() && isCapital(text.charAt(p)) && isCapital(text.charAt(p + 1))
					&& StartPattern.isAsciiDigit(text.charAt(p + 2)) && StartPattern.isAsciiDigit(text.charAt(p + 3))
					&& (p == 0 || !StartPattern.isAsciiWord(text.charAt(p - 1))));

	private final Lexicon lexicon;

	IdDetector(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	@Override
	public void detect(PhiScan scan, List<Candidate> found) {
		Analysis analysis = scan.analysis();
		// An SSN needs four digits in a row, a card number 13 digits, an IBAN two.
		StartPattern.Finder ssn = SSN_STARTS.finder((scan.longestDigitRun() >= 4) ? analysis.text() : "");
		while (ssn.find()) {
			String digits = ssn.group(1) + ssn.group(3) + ssn.group(4);
			boolean separated = !ssn.group(2).isEmpty();
			boolean cued = SSN_CUE.matcher(analysis.lower().substring(Math.max(0, ssn.start() - 25), ssn.start()))
				.find();
			if (Checksums.validSsn(digits) && (separated && ssn.group(2).equals("-") || cued)) {
				found.add(new Candidate("ID", ssn.start(), ssn.end(), 0.9, "phi.id.ssn",
						"SSN layout; area, group and serial valid"));
			}
		}
		StartPattern.Finder card = CARD_STARTS.finder((scan.digitCount() >= 13) ? analysis.text() : "");
		while (card.find()) {
			String digits = OwnContacts.digits(card.group());
			if (digits.length() >= 13 && digits.length() <= 19 && Checksums.validLuhn(digits)) {
				add(found, card.start(), card.end(), 0.85, "phi.id.card", "card or account number; Luhn check passed");
			}
		}
		StartPattern.Finder iban = IBAN_STARTS.finder((scan.longestDigitRun() >= 2) ? analysis.text() : "");
		while (iban.find()) {
			if (Checksums.validIban(iban.group().replace(" ", ""))) {
				add(found, iban.start(), iban.end(), 0.9, "phi.id.iban", "IBAN; mod-97 check passed");
			}
		}
		for (int i = 0; i < analysis.size(); i++) {
			Token token = analysis.token(i);
			if (token.kind() != Token.Kind.WORD && token.kind() != Token.Kind.NUMBER) {
				continue;
			}
			String compact = analysis.word(i).replace("-", "");
			if (Checksums.validMbi(compact)) {
				add(found, token.start(), token.end(), 0.9, "phi.id.mbi", "Medicare Beneficiary Identifier layout");
			}
			else if (compact.length() == 17 && Checksums.validVin(compact)) {
				add(found, token.start(), token.end(), 0.9, "phi.id.vin", "VIN with a valid check digit");
			}
			else if (this.lexicon.cue("id-labels").contains(analysis.lowerWord(i))) {
				cued(analysis, i, found);
			}
		}
	}

	private void cued(Analysis analysis, int cue, List<Candidate> found) {
		boolean anyWord = ANY_WORD_CUES.contains(analysis.lowerWord(cue));
		for (int i = cue + 1; i < analysis.size() && i <= cue + 5; i++) {
			Token token = analysis.token(i);
			String lower = analysis.lowerWord(i);
			if (this.lexicon.cue("id-fillers").contains(lower)
					|| (token.kind() == Token.Kind.PUNCT && !lower.equals(")"))) {
				continue;
			}
			if (anyWord && token.kind() == Token.Kind.WORD && token.length() >= 4) {
				add(found, token.start(), token.end(), 0.75, "phi.id.username", "account name after its label");
				return;
			}
			int end = this.lexicon.isCommon(lower) ? -1 : valueEnd(analysis, i);
			if (end > 0 && invalidSsn(analysis, cue, token.start(), end)) {
				return;
			}
			if (end > 0) {
				add(found, token.start(), end, 0.8, "phi.id.labelled",
						"identifier after the word " + analysis.lowerWord(cue).toUpperCase(java.util.Locale.ROOT));
			}
			return;
		}
	}

	/**
	 * Where an identifier that starts at token {@code i} ends, or -1 if the token is not
	 * one. Spaced digit groups ("MC 771 204 558") are taken together.
	 */
	private static int valueEnd(Analysis analysis, int i) {
		Token token = analysis.token(i);
		String word = analysis.word(i);
		int digits = (int) word.chars().filter(Character::isDigit).count();
		boolean prefix = token.kind() == Token.Kind.WORD && digits == 0 && word.length() <= 4
				&& word.equals(word.toUpperCase(java.util.Locale.ROOT)) && i + 1 < analysis.size()
				&& analysis.gapAfter(i).equals(" ") && analysis.token(i + 1).kind() == Token.Kind.NUMBER;
		boolean grouped = token.kind() == Token.Kind.NUMBER && digits >= 3 && i + 1 < analysis.size()
				&& analysis.gapAfter(i).equals(" ") && analysis.token(i + 1).kind() == Token.Kind.NUMBER;
		boolean code = token.kind() == Token.Kind.WORD && digits >= 1 && token.length() >= 5;
		if (!prefix && !grouped && !code && (digits < 3 || token.length() < 4)) {
			return -1;
		}
		int last = i;
		while (last + 1 < analysis.size() && analysis.gapAfter(last).equals(" ")
				&& analysis.token(last + 1).kind() == Token.Kind.NUMBER && analysis.token(last + 1).length() <= 6
				&& last - i < 4) {
			last++;
		}
		if (prefix && last == i) {
			return -1;
		}
		return analysis.token(last).end();
	}

	/**
	 * A number labelled as an SSN that fails the SSN rules is not reported: the near miss
	 * is most likely a typo or an example.
	 */
	private static boolean invalidSsn(Analysis analysis, int cue, int start, int end) {
		String label = analysis.lowerWord(cue);
		String digits = OwnContacts.digits(analysis.text().substring(start, end));
		return (label.equals("ssn") || label.equals("social")) && digits.length() == 9 && !Checksums.validSsn(digits);
	}

	private static boolean isCapital(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static void add(List<Candidate> found, int start, int end, double score, String rule, String why) {
		found.add(new Candidate("ID", start, end, score, rule, why));
	}

}
