package org.carecast.publishing.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.OutboundMedia;

import org.springframework.stereotype.Component;

/**
 * A post's images as a network receives them. Only Instagram and Threads get the public
 * address: Facebook would take it too, but then it fetches the image instead of receiving
 * the bytes, which needs Carecast to be reachable for no gain.
 */
@Component
class DeliveryMedia {

	private final PostMediaRepository media;

	private final PublicAddress address;

	DeliveryMedia(PostMediaRepository media, PublicAddress address) {
		this.media = media;
		this.address = address;
	}

	/**
	 * @param leftOut the images this account does not attach
	 */
	List<OutboundMedia> of(UUID postId, ChannelNetwork network, Set<UUID> leftOut) {
		boolean fetches = network == ChannelNetwork.INSTAGRAM || network == ChannelNetwork.THREADS;
		return this.media.contents(postId)
			.stream()
			.filter((c) -> !leftOut.contains(c.id()))
			.map((c) -> new OutboundMedia(c.bytes(), c.mimeType(), c.altText(),
					fetches ? this.address.imageUrl(c.id(), c.publicToken()).orElse(null) : null))
			.toList();
	}

}
