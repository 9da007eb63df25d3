package org.carecast.publishing;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which language a post is written in and its translations. Each account publishes one of
 * them: its variant names the language, or it publishes the base text.
 *
 * @param base the ISO 639-1 code of the base text, or {@code null} when not stated (the
 * networks then guess)
 * @param translations at most one per language, none in the base language
 */
public record PostLanguages(@Nullable String base, List<Translation> translations) {

	/** Language not stated, no translations. */
	public static final PostLanguages NONE = new PostLanguages(null, List.of());

	public PostLanguages {
		translations = (translations != null) ? List.copyOf(translations) : List.of();
	}

	public Optional<Translation> translation(@Nullable String language) {
		if (language == null) {
			return Optional.empty();
		}
		return this.translations.stream().filter((t) -> t.language().equals(language)).findFirst();
	}

	/** The English name of {@code code} ("Spanish" for {@code es}), for pages. */
	public String name(@Nullable String code) {
		return (code != null) ? LanguageCodes.name(code) : "the main text's language";
	}

	public boolean isEmpty() {
		return this.base == null && this.translations.isEmpty();
	}

}
