package org.carecast.channels;

import java.util.Locale;
import java.util.Optional;

import org.carecast.guardrail.Network;

/**
 * A network Carecast can connect an account to: the seven real ones and the built-in
 * sandbox, a local network that lets a newcomer try the whole flow without accounts.
 */
public enum ChannelNetwork {

	MASTODON(Network.MASTODON), BLUESKY(Network.BLUESKY), X(Network.X), FACEBOOK(Network.FACEBOOK),
	INSTAGRAM(Network.INSTAGRAM), LINKEDIN(Network.LINKEDIN), THREADS(Network.THREADS), SANDBOX(null);

	private final Network guardrailNetwork;

	ChannelNetwork(Network guardrailNetwork) {
		this.guardrailNetwork = guardrailNetwork;
	}

	/**
	 * The network whose platform rules the guardrail applies; empty for the sandbox,
	 * which has no rules of its own.
	 */
	public Optional<Network> guardrailNetwork() {
		return Optional.ofNullable(this.guardrailNetwork);
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ChannelNetwork> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toLowerCase(Locale.ROOT);
		for (ChannelNetwork network : values()) {
			if (network.code().equals(wanted)) {
				return Optional.of(network);
			}
		}
		return Optional.empty();
	}

}
