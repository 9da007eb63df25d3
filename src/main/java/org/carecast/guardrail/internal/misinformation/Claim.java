package org.carecast.guardrail.internal.misinformation;

import java.util.List;
import java.util.Objects;

/**
 * One debunked health claim from the claim base, with a correction ready to post.
 *
 * @param id stable identifier, used as the rule of a finding
 * @param topic subject area, for example {@code vaccines}
 * @param myth the false claim in one sentence
 * @param paraphrases everyday ways people say it
 * @param correction a plain-language correction of at most 280 characters
 * @param sourceName the organization the correction relies on
 * @param sourceUrl where that organization says so
 * @param lastReviewed ISO date of the last review
 * @param keys concept patterns that assert the claim (see {@link KeyPattern})
 */
public record Claim(String id, String topic, String myth, List<String> paraphrases, String correction,
		String sourceName, String sourceUrl, String lastReviewed, List<String> keys) {

	public Claim {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(myth, "myth");
		Objects.requireNonNull(correction, "correction");
		paraphrases = List.copyOf(paraphrases);
		keys = List.copyOf(keys);
	}

}
