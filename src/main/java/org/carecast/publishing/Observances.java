package org.carecast.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carecast.publishing.internal.ObservanceRule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The built-in calendar of health observances, read once from
 * {@code publishing/observances.json}. A bad entry stops the application from starting,
 * so a typo in the data cannot quietly drop an observance from everyone's calendar.
 */
@Service
public class Observances {

	static final String LOCATION = "publishing/observances.json";

	private final List<Observance> all;

	public Observances() {
		this.all = load(LOCATION);
	}

	public List<Observance> all() {
		return this.all;
	}

	public Optional<Observance> find(String key) {
		return this.all.stream().filter((o) -> o.key().equals(key)).findFirst();
	}

	/** The observances on at least one day of {@code [from, to]}, earliest first. */
	public List<Observance.Occurrence> between(LocalDate from, LocalDate to) {
		List<Observance.Occurrence> found = new ArrayList<>();
		for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
			for (Observance observance : this.all) {
				DateSpan span = observance.in(year);
				if (span.overlaps(from, to)) {
					found.add(new Observance.Occurrence(observance, span));
				}
			}
		}
		found.sort(Comparator.comparing((Observance.Occurrence o) -> o.span().first())
			.thenComparing((o) -> o.observance().name()));
		return List.copyOf(found);
	}

	private static List<Observance> load(String location) {
		JsonNode root;
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + location, ex);
		}
		List<Observance> observances = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (JsonNode node : root.path("observances")) {
			Observance observance = new Observance(text(node, "key"), text(node, "name"), text(node, "rule"),
					text(node, "topic"), text(node, "organizer"), URI.create(text(node, "url")));
			if (!keys.add(observance.key()) || !observance.key().matches("[a-z0-9-]{1,100}")) {
				throw new IllegalStateException(location + ": key missing, malformed or repeated: " + observance.key());
			}
			if (!"https".equals(observance.url().getScheme())) {
				throw new IllegalStateException(location + ": " + observance.key() + " needs an https address");
			}
			ObservanceRule.parse(observance.rule());
			observances.add(observance);
		}
		if (observances.isEmpty()) {
			throw new IllegalStateException(location + " lists no observances");
		}
		return List.copyOf(observances);
	}

	private static String text(JsonNode node, String field) {
		String value = node.path(field).asString("").strip();
		if (value.isEmpty()) {
			throw new IllegalStateException("an observance lacks its " + field);
		}
		return value;
	}

}
