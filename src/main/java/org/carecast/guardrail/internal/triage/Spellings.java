package org.carecast.guardrail.internal.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Chat spellings and their written-out words ({@code guardrail/triage/spellings.txt}),
 * read once.
 */
final class Spellings {

	private Spellings() {
	}

	static Map<String, String[]> load() {
		try (InputStream in = Spellings.class.getResourceAsStream("/guardrail/triage/spellings.txt")) {
			if (in == null) {
				throw new IllegalStateException("Missing guardrail/triage/spellings.txt");
			}
			Map<String, String[]> map = new HashMap<>();
			for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String line = raw.strip();
				int equals = line.indexOf(" = ");
				if (line.isEmpty() || line.startsWith("#") || equals < 0) {
					continue;
				}
				map.put(line.substring(0, equals).strip(), line.substring(equals + 3).strip().split("\\s+"));
			}
			return Map.copyOf(map);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
