package org.carecast.guardrail;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A health myth an organization adds for its own community (a local rumour, a product
 * scam), matched alongside the built-in claim base.
 *
 * @param id the claim's id
 * @param key a short stable name, unique in the organization, shown as the rule of a
 * finding ({@code org:<key>})
 * @param topic the subject area, such as {@code vaccines}
 * @param myth the false claim in one sentence
 * @param paraphrases everyday ways people say it (at least two)
 * @param correction a plain-language correction of at most 280 characters, ready to post
 * @param sourceName the organization the correction relies on
 * @param sourceUrl where that organization says so
 * @param lastReviewed when a reviewer last checked it
 */
public record OrganizationClaim(UUID id, String key, String topic, String myth, List<String> paraphrases,
		String correction, String sourceName, String sourceUrl, LocalDate lastReviewed) {

	public OrganizationClaim {
		paraphrases = List.copyOf(paraphrases);
	}

	/** The rule name findings for this claim carry. */
	public String rule() {
		return "org:" + this.key;
	}

}
