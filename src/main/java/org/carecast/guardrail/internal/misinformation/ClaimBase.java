package org.carecast.guardrail.internal.misinformation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned claim base, {@code guardrail/claims/claims.json} on the classpath. Read
 * once; immutable afterwards.
 *
 * @param version the data version (a date)
 * @param claims every claim, in file order
 */
public record ClaimBase(String version, List<Claim> claims) {

	public static final String RESOURCE = "guardrail/claims/claims.json";

	public ClaimBase {
		claims = List.copyOf(claims);
	}

	public static ClaimBase load() {
		try (InputStream in = ClaimBase.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + RESOURCE);
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<Claim> claims = new ArrayList<>();
			for (JsonNode node : root.get("claims")) {
				JsonNode source = node.get("source");
				claims.add(new Claim(node.get("id").asString(), node.get("topic").asString(),
						node.get("myth").asString(), strings(node.get("paraphrases")),
						node.get("correction").asString(), source.get("name").asString(), source.get("url").asString(),
						node.get("lastReviewed").asString(), strings(node.get("keys"))));
			}
			return new ClaimBase(root.get("version").asString(), claims);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array != null) {
			array.forEach((value) -> values.add(value.asString()));
		}
		return values;
	}

}
