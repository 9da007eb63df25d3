package org.carecast.shared;

import java.util.Locale;

/**
 * Turns what a person typed into a search box into a {@code LIKE} pattern that matches it
 * literally: {@code %} and {@code _} are characters, not wildcards. H2 and PostgreSQL
 * both use backslash as the default escape character.
 */
public final class SqlLike {

	private SqlLike() {
	}

	/** A lower-case pattern matching values that contain {@code search}. */
	public static String containing(String search) {
		String escaped = search.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
