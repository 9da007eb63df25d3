package org.carecast.guardrail.web;

import java.util.Locale;
import java.util.Optional;

import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Network;

/**
 * Reads the direction and network names used by pages and the API. Outbound alone means a
 * post, as in the labelled data format.
 */
final class ScanRequests {

	static final int MAX_TEXT = 100_000;

	private ScanRequests() {
	}

	static Optional<Direction> direction(String value) {
		if (value == null) {
			return Optional.empty();
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "outbound", "outbound_post", "post" -> Optional.of(Direction.OUTBOUND_POST);
			case "outbound_reply", "reply" -> Optional.of(Direction.OUTBOUND_REPLY);
			case "inbound" -> Optional.of(Direction.INBOUND);
			default -> Optional.empty();
		};
	}

	static Optional<Network> network(String value) {
		return Network.fromCode(value);
	}

	static String label(String check) {
		return switch (check) {
			case "phi" -> "Privacy";
			case "platform" -> "Platform rules";
			case "literacy" -> "Plain language";
			case "accessibility" -> "Accessibility";
			case "misinformation" -> "Misinformation";
			case "conduct" -> "Conduct";
			default -> check;
		};
	}

}
