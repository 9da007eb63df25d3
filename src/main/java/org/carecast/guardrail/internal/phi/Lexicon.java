package org.carecast.guardrail.internal.phi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the phi check, read once from {@code guardrail/phi/*.txt} on the
 * classpath. Every set holds lower-case entries except {@link #firstNames()} and
 * {@link #states()}, which keep the case they are written in.
 *
 * @param firstNames given names
 * @param ambiguousNames given names that are also common words, lower case
 * @param common capitalised words that are not names
 * @param months month name to month number
 * @param weekdays weekday names and abbreviations
 * @param kinship relation words (mom, husband, ...)
 * @param patientCues words that introduce a patient's name
 * @param honorifics courtesy titles used for patients
 * @param staffTitles titles and roles that mark staff or public figures
 * @param staffSuffixes credentials written after staff names
 * @param orgWords words that make the words before them an organization
 * @param placesNotPhi countries, states and languages
 * @param states US postal abbreviations
 * @param publicFigures full names of well-known public figures
 * @param cues the context-word lists of {@code phi/cues/}, by file name without
 * {@code .txt}
 */
public record Lexicon(Set<String> firstNames, Set<String> ambiguousNames, Set<String> common,
		Map<String, Integer> months, Set<String> weekdays, Set<String> kinship, Set<String> patientCues,
		Set<String> honorifics, Set<String> staffTitles, Set<String> staffSuffixes, Set<String> orgWords,
		Set<String> placesNotPhi, Set<String> states, Set<String> publicFigures, Map<String, Set<String>> cues) {

	private static final String BASE = "guardrail/phi/";

	private static final List<String> CUE_LISTS = List.of("id-labels", "id-fillers", "role-accounts", "person-words",
			"weak-name-cues", "name-verbs", "age-words", "units");

	public static Lexicon load() {
		return new Lexicon(words("first-names.txt", false), words("ambiguous-names.txt", true),
				words("common-words.txt", true), readMonths(), words("weekdays.txt", true), words("kinship.txt", true),
				words("patient-cues.txt", true), words("honorifics.txt", true), words("staff-titles.txt", true),
				words("staff-suffixes.txt", true), words("org-words.txt", true), words("places-not-phi.txt", true),
				words("us-states.txt", false), lines("public-figures.txt"), readCues());
	}

	/**
	 * A context-word list from {@code phi/cues/}, for example {@code id-labels}.
	 */
	public Set<String> cue(String name) {
		Set<String> words = this.cues.get(name);
		if (words == null) {
			throw new IllegalArgumentException("No cue list named " + name);
		}
		return words;
	}

	private static Map<String, Set<String>> readCues() {
		Map<String, Set<String>> result = new HashMap<>();
		for (String name : CUE_LISTS) {
			result.put(name, words("cues/" + name + ".txt", true));
		}
		result.put("staff-text-cues", lines("cues/staff-text-cues.txt"));
		return Map.copyOf(result);
	}

	public boolean isFirstName(String word) {
		return this.firstNames.contains(word);
	}

	public boolean isCommon(String lowerWord) {
		return this.common.contains(lowerWord) || this.months.containsKey(lowerWord)
				|| this.weekdays.contains(lowerWord);
	}

	private static Set<String> words(String file, boolean lowerCase) {
		Set<String> result = new HashSet<>();
		for (String line : read(file)) {
			for (String word : line.split("\\s++")) {
				if (!word.isEmpty()) {
					result.add(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
				}
			}
		}
		return Set.copyOf(result);
	}

	private static Set<String> lines(String file) {
		Set<String> result = new HashSet<>();
		for (String line : read(file)) {
			result.add(line.trim().toLowerCase(Locale.ROOT));
		}
		return Set.copyOf(result);
	}

	private static Map<String, Integer> readMonths() {
		Map<String, Integer> result = new HashMap<>();
		for (String line : read("months.txt")) {
			for (String entry : line.split("\\s++")) {
				int equals = entry.indexOf('=');
				if (equals > 0) {
					result.put(entry.substring(0, equals), Integer.parseInt(entry.substring(equals + 1)));
				}
			}
		}
		return Map.copyOf(result);
	}

	private static java.util.List<String> read(String file) {
		java.util.List<String> result = new java.util.ArrayList<>();
		try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(BASE + file)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list " + BASE + file);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					result.add(trimmed);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read word list " + BASE + file, ex);
		}
		return result;
	}

}
