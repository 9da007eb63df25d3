package org.carecast.publishing;

import java.net.URI;
import java.util.Optional;

import org.carecast.channels.ChannelNetwork;
import org.jspecify.annotations.Nullable;

/**
 * Where a variant's link goes on its network (platform-apis.md §3–§7). Facebook and
 * Threads take a link beside the text and build a card from it, but only on a post
 * without images; everywhere else, and with images, the link is added to the end of the
 * text (unless the text already has it), where Mastodon, X and LinkedIn build their card
 * from it and Bluesky makes it a link. So the link is never dropped, and the preview, the
 * guardrail and the length count all see the text as it will be published.
 */
public final class LinkPlacement {

	private LinkPlacement() {
	}

	/** Whether the network takes the link as its own field for this post. */
	public static boolean separate(ChannelNetwork network, boolean hasImages) {
		return !hasImages && (network == ChannelNetwork.FACEBOOK || network == ChannelNetwork.THREADS);
	}

	/**
	 * The text as published: with the link at its end where it does not go separately.
	 */
	public static String text(String text, @Nullable String link, ChannelNetwork network, boolean hasImages) {
		if (link == null || link.isBlank() || separate(network, hasImages) || text.contains(link.strip())) {
			return text;
		}
		return text.isBlank() ? link.strip() : text.stripTrailing() + "\n\n" + link.strip();
	}

	/**
	 * What the network shows for the link, in words for the preview; empty without a
	 * link.
	 */
	public static Optional<String> card(@Nullable String link, ChannelNetwork network, boolean hasImages) {
		if (link == null || link.isBlank()) {
			return Optional.empty();
		}
		String host = host(link.strip());
		return Optional.of(switch (network) {
			case INSTAGRAM -> "Instagram does not make links in captions clickable: " + host
					+ " shows as plain text. Point people to the link in your profile.";
			case BLUESKY -> "The link to " + host + " is a clickable link in the text; Bluesky shows no card for it.";
			case FACEBOOK,
					THREADS ->
				hasImages
						? "With images attached, the link to " + host
								+ " goes in the text and the images show instead of a link card."
						: "Link card for " + host + ": the network shows the page's title and image.";
			case SANDBOX -> "The link to " + host + " is shown in the text.";
			default -> "Link card for " + host + ": the network shows the page's title and image.";
		});
	}

	private static String host(String link) {
		try {
			String host = URI.create(link).getHost();
			return (host != null) ? host : link;
		}
		catch (IllegalArgumentException ex) {
			return link;
		}
	}

}
