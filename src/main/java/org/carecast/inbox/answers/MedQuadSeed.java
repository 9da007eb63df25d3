package org.carecast.inbox.answers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the answer seed that scripts/build-answer-seed.py derives from MedQuAD; it ships
 * inside the application, so nothing is read from outside at run time.
 */
public final class MedQuadSeed {

	public static final String RESOURCE = "/inbox/answers/medquad-seed.jsonl.gz";

	private MedQuadSeed() {
	}

	public static List<SeedAnswer> load() {
		ObjectMapper json = JsonMapper.builder().build();
		List<SeedAnswer> answers = new ArrayList<>(15_000);
		try (InputStream raw = MedQuadSeed.class.getResourceAsStream(RESOURCE)) {
			if (raw == null) {
				throw new IllegalStateException("The answer seed " + RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					JsonNode row = json.readTree(line);
					answers.add(new SeedAnswer(text(row, "question"), text(row, "answer"), text(row, "url"),
							text(row, "source"), text(row, "focus"), text(row, "qtype")));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the answer seed", ex);
		}
		return List.copyOf(answers);
	}

	private static String text(JsonNode row, String field) {
		JsonNode value = row.get(field);
		return (value != null && !value.isNull()) ? value.asString() : "";
	}

}
