package org.carecast.guardrail.internal.phi;

/**
 * Check-digit and validity rules for identifier formats, kept in one place so each
 * detector only asks.
 */
public final class Checksums {

	private static final String VIN_VALUES = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ";

	private static final int[] VIN_WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };

	private Checksums() {
	}

	/**
	 * US Social Security number rules: area not 000, 666 or 900-999; group not 00; serial
	 * not 0000. Expects exactly nine digits.
	 */
	public static boolean validSsn(String digits) {
		if (digits.length() != 9 || !allDigits(digits)) {
			return false;
		}
		int area = Integer.parseInt(digits.substring(0, 3));
		int group = Integer.parseInt(digits.substring(3, 5));
		int serial = Integer.parseInt(digits.substring(5));
		return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
	}

	/**
	 * ISO 3779 / North American VIN check digit (position 9).
	 */
	public static boolean validVin(String vin) {
		if (vin.length() != 17) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = Character.toUpperCase(vin.charAt(i));
			int value = transliterate(c);
			if (value < 0) {
				return false;
			}
			sum += value * VIN_WEIGHTS[i];
		}
		int check = sum % 11;
		char expected = (check == 10) ? 'X' : (char) ('0' + check);
		return Character.toUpperCase(vin.charAt(8)) == expected;
	}

	/**
	 * Luhn mod-10, as used by payment cards and the US NPI (with its 80840 prefix).
	 */
	public static boolean validLuhn(String digits) {
		if (digits.isEmpty() || !allDigits(digits)) {
			return false;
		}
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (doubled) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	/**
	 * Medicare Beneficiary Identifier layout (CMS): 11 characters, no S L O I B Z.
	 */
	public static boolean validMbi(String compact) {
		if (compact.length() != 11) {
			return false;
		}
		String pattern = "NAXNAXNAANN";
		for (int i = 0; i < 11; i++) {
			char c = Character.toUpperCase(compact.charAt(i));
			boolean ok = switch (pattern.charAt(i)) {
				case 'N' -> (i == 0) ? (c >= '1' && c <= '9') : Character.isDigit(c);
				case 'A' -> mbiLetter(c);
				default -> Character.isDigit(c) || mbiLetter(c);
			};
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	/**
	 * NHS number modulus-11 check digit.
	 */
	public static boolean validNhsNumber(String digits) {
		if (digits.length() != 10 || !allDigits(digits)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (digits.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - (sum % 11);
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == digits.charAt(9) - '0';
	}

	/**
	 * IBAN (ISO 13616) mod-97 check: move the first four characters to the end, turn
	 * letters into numbers, and the remainder must be 1.
	 */
	public static boolean validIban(String compact) {
		if (compact.length() < 15 || compact.length() > 34) {
			return false;
		}
		String rearranged = compact.substring(4) + compact.substring(0, 4);
		int remainder = 0;
		for (int i = 0; i < rearranged.length(); i++) {
			char c = Character.toUpperCase(rearranged.charAt(i));
			int value;
			if (c >= '0' && c <= '9') {
				value = c - '0';
				remainder = (remainder * 10 + value) % 97;
			}
			else if (c >= 'A' && c <= 'Z') {
				value = c - 'A' + 10;
				remainder = (remainder * 100 + value) % 97;
			}
			else {
				return false;
			}
		}
		return remainder == 1;
	}

	static boolean allDigits(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean mbiLetter(char c) {
		return c >= 'A' && c <= 'Z' && "SLOIBZ".indexOf(c) < 0;
	}

	private static int transliterate(char c) {
		if (Character.isDigit(c) && c <= '9') {
			return c - '0';
		}
		int index = VIN_VALUES.indexOf(c);
		if (index < 10 || c == '.') {
			return -1;
		}
		return index % 10;
	}

}
