package org.carecast.publishing.web;

import java.util.List;
import java.util.Locale;

/**
 * The languages the composer offers, in the order people in US health care most often
 * need them (Spanish, Chinese, Vietnamese, Tagalog, Arabic, ... after English), each
 * named in English and in itself so a speaker can find it.
 */
final class LanguageChoices {

	private static final List<String> CODES = List.of("en", "es", "zh", "vi", "tl", "ar", "ko", "ru", "fr", "ht", "pt",
			"de", "pl", "it", "ja", "hi", "ur", "fa", "bn", "pa", "so", "am", "ti", "uk", "ne", "my", "km", "lo", "el",
			"he", "hy", "ro", "sw", "yi", "nv", "sm", "to");

	private LanguageChoices() {
	}

	static List<Choice> all() {
		return CODES.stream().map(Choice::of).toList();
	}

	/** One language as the select shows it. */
	record Choice(String code, String label) {

		static Choice of(String code) {
			Locale locale = Locale.forLanguageTag(code);
			String english = locale.getDisplayLanguage(Locale.ENGLISH);
			String own = locale.getDisplayLanguage(locale);
			String label = (own.isBlank() || own.equalsIgnoreCase(english) || own.equalsIgnoreCase(code)) ? english
					: english + " (" + own + ")";
			return new Choice(code, label);
		}

	}

}
