package org.carecast.publishing;

/**
 * The post's text in another language, for the accounts that publish in it.
 *
 * @param language an ISO 639-1 code such as {@code es}
 * @param text the whole post in that language
 */
public record Translation(String language, String text) {

	public Translation {
		text = (text != null) ? text : "";
	}

	/** The language's English name, for pages. */
	public String languageName() {
		return LanguageCodes.name(this.language);
	}

	@Override
	public String toString() {
		return "Translation[" + this.language + ", " + this.text.length() + " chars]";
	}

}
