package org.carecast.guardrail.internal.phi;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.guardrail.internal.text.StartPattern;

/**
 * A patient's phone, fax, email, personal web page or IP address. Emails of role accounts
 * (info@, events@) and the organization's own contacts are not patient identifiers; phone
 * numbers count when the words before them make them someone's ("text me", "your mobile",
 * "best number is", "call Ray back at"), because organizations post their own numbers all
 * the time.
 */
final class ContactDetector implements Detector {

	private static final Pattern EMAIL = Pattern
		.compile("(?<![\\w.%+-])([\\w.%+-]{1,64}+)@((?:[a-z0-9-]{1,63}+\\.){1,8}[a-z]{2,24}+)\\b");

	private static final Pattern URL = Pattern.compile(
			"\\b(?:https?://)?(?:www\\.)?(gofundme\\.com|caringbridge\\.org|givesendgo\\.com|fundly\\.com|mealtrain\\.com|spotfund\\.com|facebook\\.com|fb\\.com|instagram\\.com|tiktok\\.com|linktr\\.ee|venmo\\.com|paypal\\.me|cash\\.app|youtube\\.com/@|twitter\\.com|x\\.com)/[^\\s]{1,200}+");

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\w+/.-])(?:" + "(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}"
				+ "|\\+[2-9]\\d{0,2}[\\s.-]?(?:\\(?\\d{1,4}\\)?[\\s.-]?){1,4}\\d{2,4}"
				+ "|0\\d{3,4}\\s?\\d{3}\\s?\\d{3,4})(?![\\w/-])");

	private static final Pattern IPV4 = Pattern
		.compile("(?<![\\w.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?!\\w|\\.\\d)");

	private static final Pattern IPV6 = Pattern.compile("(?<![\\w:])[0-9a-f]{1,4}+(?::[0-9a-f]{0,4}+){2,7}+(?![\\w:])");

	// Each pattern is tried only where a match can start (StartPattern): keep these
	// first chars in step with the patterns above.
	static final StartPattern EMAIL_STARTS = StartPattern.where(EMAIL, ContactDetector::mayStartEmail);

	static final StartPattern URL_STARTS = StartPattern.atWordStart(URL, "hwgcfmsitlvpyx");

	static final StartPattern PHONE_STARTS = StartPattern.atWordStart(PHONE, "+(0123456789");

	static final StartPattern IPV4_STARTS = StartPattern.atWordStart(IPV4, "0123456789");

	static final StartPattern IPV6_STARTS = StartPattern.atWordStart(IPV6, "0123456789abcdef");

	private static final Pattern PERSONAL = Pattern.compile(
			"\\b(?:me|my|mine|him|her|his|their|you at|you on|you today at|your (?:mobile|cell|phone|number)|mobile|cell|cellphone|back at|back on|number is|number:|tel[eé]fono|celular|whatsapp me|reach me|ll[aá]ma(?:me|rme)|escr[ií]be(?:me|nos)|mi n[uú]mero)\\b[^.!?]{0,25}+$");

	private final Lexicon lexicon;

	ContactDetector(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	@Override
	public void detect(PhiScan scan, List<Candidate> found) {
		String lower = scan.analysis().lower();
		Set<String> own = OwnContacts.normalised(scan.context().policy().ownContacts());
		// Each pattern is searched only when the text has what it needs (an @, a /, ten
		// digits, a dotted number or a colon): most posts have none of them.
		StartPattern.Finder email = EMAIL_STARTS.finder((lower.indexOf('@') >= 0) ? lower : "");
		while (email.find()) {
			String local = email.group(1);
			if (!this.lexicon.cue("role-accounts").contains(local) && !own.contains(email.group())) {
				add(found, email.start(), email.end(), 0.9, "phi.contact.email", "email address of a person");
			}
		}
		StartPattern.Finder url = URL_STARTS.finder((lower.indexOf('/') >= 0) ? lower : "");
		while (url.find()) {
			int end = trimTrailing(lower, url.start(), url.end());
			if (!own.contains(lower.substring(url.start(), end))) {
				add(found, url.start(), end, 0.8, "phi.contact.personal-url", "personal page or fundraiser address");
			}
		}
		phones((scan.digitCount() >= 10) ? lower : "", own, found);
		ips((scan.digitCount() >= 4 || lower.indexOf(':') >= 0) ? lower : "", found);
	}

	private static void phones(String lower, Set<String> own, List<Candidate> found) {
		StartPattern.Finder phone = PHONE_STARTS.finder(lower);
		while (phone.find()) {
			String digits = OwnContacts.digits(phone.group());
			if (digits.length() < 10 || own.contains(digits)
					|| (digits.length() > 10 && own.contains(digits.substring(digits.length() - 10)))) {
				continue;
			}
			String before = lower.substring(Math.max(0, phone.start() - 40), phone.start());
			if (PERSONAL.matcher(before).find()) {
				add(found, phone.start(), phone.end(), 0.85, "phi.contact.phone", "phone number said to be a person's");
			}
		}
	}

	private static void ips(String lower, List<Candidate> found) {
		StartPattern.Finder ip = IPV4_STARTS.finder(lower);
		while (ip.find()) {
			boolean valid = true;
			for (int g = 1; g <= 4; g++) {
				valid &= Integer.parseInt(ip.group(g)) <= 255;
			}
			if (valid) {
				add(found, ip.start(), ip.end(), 0.85, "phi.contact.ipv4", "IPv4 address");
			}
		}
		StartPattern.Finder ip6 = IPV6_STARTS.finder(lower);
		while (ip6.find()) {
			String value = ip6.group();
			boolean hexLetter = value.chars().anyMatch(c -> c >= 'a' && c <= 'f');
			long colons = value.chars().filter(c -> c == ':').count();
			if ((hexLetter || value.contains("::")) && colons >= 2 && !value.endsWith(":")) {
				add(found, ip6.start(), ip6.end(), 0.8, "phi.contact.ipv6", "IPv6 address");
			}
		}
	}

	/**
	 * An email's local part is a run of up to 64 of {@code [\w.%+-]}, not preceded by
	 * one, and an @ ends it.
	 */
	private static boolean mayStartEmail(String text, int p) {
		if (p > 0 && isLocalPartChar(text.charAt(p - 1))) {
			return false;
		}
		int end = p;
		while (end < text.length() && end - p <= 64 && isLocalPartChar(text.charAt(end))) {
			end++;
		}
		return end > p && end - p <= 64 && end < text.length() && text.charAt(end) == '@';
	}

	private static boolean isLocalPartChar(char c) {
		return StartPattern.isAsciiWord(c) || c == '.' || c == '%' || c == '+' || c == '-';
	}

	private static int trimTrailing(String text, int start, int end) {
		int result = end;
		while (result > start && ".,;:!?)'\"".indexOf(text.charAt(result - 1)) >= 0) {
			result--;
		}
		return result;
	}

	private static void add(List<Candidate> found, int start, int end, double score, String rule, String why) {
		found.add(new Candidate("CONTACT", start, end, score, rule, why));
	}

	static String lower(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

}
