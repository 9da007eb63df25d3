package org.carecast.guardrail;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a person enters for an organization's own health myth, before it is checked.
 * {@link #problems(LocalDate)} names every field that needs attention, in words for the
 * form; the service refuses details with any.
 */
public record ClaimDetails(String key, String topic, String myth, List<String> paraphrases, String correction,
		String sourceName, String sourceUrl, LocalDate lastReviewed) {

	/** The topics of the built-in claim base, plus {@code other}. */
	public static final List<String> TOPICS = List.of("vaccines", "covid-19", "cancer", "antibiotics", "fluoride",
			"hiv", "diabetes", "diet", "detox", "supplements", "mental-health", "reproductive-health", "heat-cold",
			"screening", "alternative", "other");

	public static final int CORRECTION_MAX = 280;

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]");

	public ClaimDetails {
		key = clean(key).toLowerCase(Locale.ROOT);
		topic = clean(topic);
		myth = clean(myth);
		paraphrases = (paraphrases != null)
				? paraphrases.stream().map(ClaimDetails::clean).filter((p) -> !p.isEmpty()).toList() : List.of();
		correction = clean(correction);
		sourceName = clean(sourceName);
		sourceUrl = clean(sourceUrl);
	}

	/** Field name to a plain-words problem; empty when the details can be saved. */
	public Map<String, String> problems(LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!KEY.matcher(this.key).matches()) {
			problems.put("key", "Use 3 to 60 lower-case letters, digits and hyphens, such as local-water-rumour.");
		}
		if (!TOPICS.contains(this.topic)) {
			problems.put("topic", "Choose a topic from the list.");
		}
		if (this.myth.length() < 10 || this.myth.length() > 300) {
			problems.put("myth", "Write the myth as one sentence of 10 to 300 characters.");
		}
		if (this.paraphrases.size() < 2 || this.paraphrases.size() > 20
				|| this.paraphrases.stream().anyMatch((p) -> p.length() < 5 || p.length() > 300)) {
			problems.put("paraphrases",
					"Give 2 to 20 everyday ways people say it, one per line, each 5 to 300 " + "characters.");
		}
		if (this.correction.isEmpty() || this.correction.length() > CORRECTION_MAX) {
			problems.put("correction", "Write a correction of at most " + CORRECTION_MAX + " characters.");
		}
		if (this.sourceName.isEmpty() || this.sourceName.length() > 120) {
			problems.put("sourceName", "Name the organization the correction relies on (at most 120 characters).");
		}
		if (!webAddress(this.sourceUrl)) {
			problems.put("sourceUrl", "Give the source's web address, starting with https:// or http://.");
		}
		if (this.lastReviewed == null || this.lastReviewed.isAfter(today)) {
			problems.put("lastReviewed", "Give the date it was last reviewed; it cannot be in the future.");
		}
		return problems;
	}

	/** The paraphrases as the form shows them: one per line. */
	public String paraphraseLines() {
		return String.join("\n", this.paraphrases);
	}

	/** Splits a text area into paraphrases, one per line. */
	public static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\\R")) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static boolean webAddress(String value) {
		if (value.length() > 500) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

}
