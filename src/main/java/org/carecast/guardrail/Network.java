package org.carecast.guardrail;

import java.util.Locale;
import java.util.Optional;

/**
 * The social networks Carecast publishes to and listens on.
 */
public enum Network {

	FACEBOOK, INSTAGRAM, X, MASTODON, BLUESKY, LINKEDIN, THREADS;

	/**
	 * The network for a lower-case code such as {@code "bluesky"}, if it is one.
	 */
	public static Optional<Network> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (Network network : values()) {
			if (network.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
				return Optional.of(network);
			}
		}
		return Optional.empty();
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
