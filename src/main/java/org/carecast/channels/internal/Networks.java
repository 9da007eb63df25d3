package org.carecast.channels.internal;

import org.carecast.channels.ChannelNetwork;

/**
 * How networks are named to people.
 */
public final class Networks {

	private Networks() {
	}

	public static String label(ChannelNetwork network) {
		return switch (network) {
			case MASTODON -> "Mastodon";
			case BLUESKY -> "Bluesky";
			case X -> "X";
			case FACEBOOK -> "Facebook";
			case INSTAGRAM -> "Instagram";
			case LINKEDIN -> "LinkedIn";
			case THREADS -> "Threads";
			case SANDBOX -> "Sandbox";
		};
	}

}
