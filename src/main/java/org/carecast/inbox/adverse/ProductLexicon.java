package org.carecast.inbox.adverse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Medicine and vaccine names from {@code inbox/adverse/products.txt}, compiled once into
 * one pattern (longest names first, so "pfizer booster" wins over a shorter name inside
 * it). Immutable and thread-safe.
 */
final class ProductLexicon {

	static final String RESOURCE = "/inbox/adverse/products.txt";

	/** A name found in a text and the product's generic name. */
	record Match(String name, String generic, int start) {

		boolean isGeneric() {
			return this.name.equalsIgnoreCase(this.generic);
		}

	}

	private final Map<String, String> genericByName;

	private final Pattern names;

	private ProductLexicon(Map<String, String> genericByName) {
		this.genericByName = Map.copyOf(genericByName);
		String alternatives = genericByName.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	static ProductLexicon load() {
		Map<String, String> genericByName = new HashMap<>();
		try (InputStream in = ProductLexicon.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The product list " + RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\|");
				String generic = parts[0].strip();
				for (String name : parts) {
					genericByName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), generic);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the product list", ex);
		}
		return new ProductLexicon(genericByName);
	}

	int size() {
		return this.genericByName.size();
	}

	/** The first product named in the text. */
	Optional<Match> first(String text) {
		Matcher m = this.names.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		String found = text.substring(m.start(), m.end());
		return Optional.of(new Match(found, this.genericByName.get(found.toLowerCase(Locale.ROOT)), m.start()));
	}

	/** Every product named, in order, each once. */
	List<Match> all(String text) {
		List<Match> found = new ArrayList<>();
		Matcher m = this.names.matcher(text);
		while (m.find()) {
			String name = text.substring(m.start(), m.end());
			String generic = this.genericByName.get(name.toLowerCase(Locale.ROOT));
			if (found.stream().noneMatch((f) -> f.generic().equals(generic))) {
				found.add(new Match(name, generic, m.start()));
			}
		}
		return found;
	}

}
