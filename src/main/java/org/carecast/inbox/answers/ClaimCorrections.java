package org.carecast.inbox.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.OrganizationScanner;

import org.springframework.stereotype.Component;

/**
 * The corrections the guardrail offers for health myths an inbound item repeats: its own
 * claim base and the organization's claims, found by scanning the item as inbound text.
 * Each misinformation finding carries the correction as its suggestion and names its
 * source in its explanation.
 */
@Component
public class ClaimCorrections {

	static final String MISINFORMATION = "misinformation";

	/**
	 * "Source: NAME, URL (reviewed DATE)." as the guardrail's claim matcher writes it.
	 */
	private static final Pattern SOURCE = Pattern.compile("Source: (.+?), (https?://\\S+) \\(reviewed");

	/**
	 * The myth check does not depend on the network; one is needed to build the scan's
	 * context.
	 */
	private static final Network ANY_NETWORK = Network.MASTODON;

	private final OrganizationScanner scanner;

	ClaimCorrections(OrganizationScanner scanner) {
		this.scanner = scanner;
	}

	/** One correction, its source, and the finding's confidence. */
	public record Correction(String correction, String sourceName, String sourceUrl, double score) {
	}

	public List<Correction> find(UUID organizationId, String text) {
		List<Correction> corrections = new ArrayList<>();
		for (Finding finding : this.scanner.scan(organizationId, text, Direction.INBOUND, ANY_NETWORK, List.of())
			.findings()) {
			if (!MISINFORMATION.equals(finding.check()) || finding.suggestion() == null
					|| finding.explanation() == null) {
				continue;
			}
			Matcher source = SOURCE.matcher(finding.explanation());
			if (source.find()) {
				corrections
					.add(new Correction(finding.suggestion(), source.group(1), source.group(2), finding.score()));
			}
		}
		return corrections;
	}

}
