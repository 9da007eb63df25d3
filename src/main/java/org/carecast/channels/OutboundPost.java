package org.carecast.channels;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One post (or reply) for one account, already approved and guarded.
 *
 * @param idempotencyKey generated once per logical post and stored before the first
 * attempt; sent as Mastodon's {@code Idempotency-Key}, used as Bluesky's record key
 * source, and matched by every other network's duplicate check
 * @param text the text exactly as it should appear
 * @param media images or video, each with alt text
 * @param link a link for the network's link card, where it takes one separately
 * @param replyToRemoteId the network's id of the post this answers, for replies
 * @param language ISO 639-1 code, where the network takes one
 */
public record OutboundPost(UUID idempotencyKey, String text, List<OutboundMedia> media, @Nullable String link,
		@Nullable String replyToRemoteId, @Nullable String language) {

	public OutboundPost {
		text = (text != null) ? text : "";
		media = (media != null) ? List.copyOf(media) : List.of();
	}

	/** A text-only post. */
	public static OutboundPost text(UUID idempotencyKey, String text) {
		return new OutboundPost(idempotencyKey, text, List.of(), null, null, null);
	}

	public boolean isReply() {
		return this.replyToRemoteId != null;
	}

	@Override
	public String toString() {
		// Post text can hold anything a person typed; it stays out of logs.
		return "OutboundPost[" + this.idempotencyKey + ", " + this.text.length() + " chars, " + this.media.size()
				+ " media" + (isReply() ? ", reply" : "") + "]";
	}

}
