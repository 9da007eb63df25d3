package org.carecast.publishing;

import java.util.Set;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.jspecify.annotations.Nullable;

/**
 * What a post says on one connected account. The account's network and handle are copied
 * when the post is saved, so that pages can show them without asking the network.
 *
 * @param textOverride this account's own text, or {@code null} to use the base text
 * @param link a link for the network's link card
 * @param firstComment a comment to add under the post once it is published
 * @param language the post's translation this account publishes, or {@code null} for the
 * base text ({@link Post#textOf(Variant)})
 * @param imagesLeftOut the post's images this account does not attach
 */
public record Variant(UUID accountId, ChannelNetwork network, String handle, @Nullable String textOverride,
		@Nullable String link, @Nullable String firstComment, @Nullable String language, Set<UUID> imagesLeftOut) {

	public Variant {
		imagesLeftOut = (imagesLeftOut != null) ? Set.copyOf(imagesLeftOut) : Set.of();
	}

	public Variant(UUID accountId, ChannelNetwork network, String handle, @Nullable String textOverride,
			@Nullable String link, @Nullable String firstComment, @Nullable String language) {
		this(accountId, network, handle, textOverride, link, firstComment, language, Set.of());
	}

	public Variant(UUID accountId, ChannelNetwork network, String handle, @Nullable String textOverride,
			@Nullable String link, @Nullable String firstComment) {
		this(accountId, network, handle, textOverride, link, firstComment, null, Set.of());
	}

	@Override
	public String toString() {
		return "Variant[" + this.accountId + ", " + this.network.code() + "]";
	}

}
