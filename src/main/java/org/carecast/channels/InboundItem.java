package org.carecast.channels;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment, mention or direct message read from a network (by polling or a webhook).
 *
 * @param remoteId the network's id of the item; with the account it identifies the item,
 * so storing it again updates rather than duplicates
 * @param kind comment, mention or direct message
 * @param authorHandle the author's handle on the network
 * @param authorName the author's display name, where the network gives one
 * @param text the text as written
 * @param createdAt when the network says it was written
 * @param inReplyToRemoteId the network id of the post or comment it answers
 * @param rootPostRemoteId the network id of the organization's post the thread hangs
 * from, where known
 * @param conversationId the network's conversation or thread id for direct messages
 * @param url a link to the item on the network, where it has one
 */
public record InboundItem(String remoteId, InboundKind kind, String authorHandle, @Nullable String authorName,
		String text, Instant createdAt, @Nullable String inReplyToRemoteId, @Nullable String rootPostRemoteId,
		@Nullable String conversationId, @Nullable URI url) {

	public InboundItem {
		text = (text != null) ? text : "";
	}

	@Override
	public String toString() {
		// What members of the public write can hold their health data: never in logs.
		return "InboundItem[" + this.remoteId + ", " + this.kind + ", " + this.text.length() + " chars]";
	}

}
