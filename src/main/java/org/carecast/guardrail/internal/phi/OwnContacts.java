package org.carecast.guardrail.internal.phi;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises the organization's own published contacts so a number written "(555)
 * 014-2200" matches "555-014-2200" in a post.
 */
final class OwnContacts {

	private OwnContacts() {
	}

	static Set<String> normalised(Set<String> contacts) {
		if (contacts.isEmpty()) {
			return Set.of();
		}
		Set<String> result = new HashSet<>();
		for (String contact : contacts) {
			String lower = contact.trim().toLowerCase(Locale.ROOT);
			result.add(lower);
			String digits = digits(lower);
			if (digits.length() >= 7 && digits.length() * 2 >= lower.replaceAll("[\\s()+.-]", "").length()) {
				result.add(digits);
				if (digits.length() == 11 && digits.startsWith("1")) {
					result.add(digits.substring(1));
				}
			}
			result.add(lower.replaceFirst("^https?://", "").replaceFirst("^www\\.", ""));
		}
		return Set.copyOf(result);
	}

	static String digits(String value) {
		StringBuilder digits = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		return digits.toString();
	}

}
