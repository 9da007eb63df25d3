package org.carecast.publishing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Checks and tidies a draft's languages: ISO 639-1 codes (what Mastodon's
 * {@code language} and Bluesky's {@code langs} take), one translation per language, and
 * every account's language one the post has.
 */
final class LanguageCodes {

	static final int MAX_TRANSLATIONS = 10;

	private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

	private LanguageCodes() {
	}

	/**
	 * The draft with codes in lower case, blank translations dropped and each account
	 * that names the base language set to publish the base text.
	 * @throws InvalidInputException naming what is wrong
	 */
	static PostDraft normalized(PostDraft draft, int textLimit) {
		String base = code(draft.languages().base(), "the post");
		List<Translation> translations = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Translation translation : draft.languages().translations()) {
			String language = code(translation.language(), "a translation");
			if (translation.text().isBlank()) {
				if (language != null) {
					throw new InvalidInputException(
							"Write the " + name(language) + " text, or remove that translation.");
				}
				continue;
			}
			if (language == null) {
				throw new InvalidInputException("Choose the language of each translation.");
			}
			if (base == null) {
				throw new InvalidInputException("Choose the language of the main text before adding translations.");
			}
			if (language.equals(base) || !seen.add(language)) {
				throw new InvalidInputException("The post already has " + name(language)
						+ " text. Each language can appear once: keep one of them.");
			}
			if (translation.text().length() > textLimit) {
				throw new InvalidInputException("A post's text can be at most 10,000 characters, also in translation.");
			}
			translations.add(new Translation(language, translation.text()));
		}
		if (translations.size() > MAX_TRANSLATIONS) {
			throw new InvalidInputException("A post can have at most " + MAX_TRANSLATIONS + " translations.");
		}
		List<PostDraft.Target> targets = new ArrayList<>();
		for (PostDraft.Target target : draft.targets()) {
			String language = code(target.language(), "an account");
			if (language != null && language.equals(base)) {
				language = null;
			}
			if (language != null && !seen.contains(language)) {
				throw new InvalidInputException("An account is set to publish in " + name(language)
						+ ", but the post has no such translation.");
			}
			targets.add(new PostDraft.Target(target.accountId(), target.textOverride(), target.link(),
					target.firstComment(), language, target.imagesLeftOut()));
		}
		return new PostDraft(draft.baseText(), draft.healthTopic(), draft.campaign(), draft.consentReference(),
				draft.sources(), draft.scheduledAt(), targets, draft.images(), draft.campaignId(),
				new PostLanguages(base, translations));
	}

	/** The language's English name, or the code where Java does not know it. */
	static String name(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
		return (name.isBlank() || name.equalsIgnoreCase(code)) ? code : name;
	}

	private static @Nullable String code(@Nullable String value, String of) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String code = value.strip().toLowerCase(Locale.ROOT);
		if (code.length() != 2 || !ISO_639_1.contains(code)) {
			throw new InvalidInputException("Choose the language of " + of + " from the list (a two-letter code).");
		}
		return code;
	}

}
