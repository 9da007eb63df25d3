package org.carecast.channels;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One read of an inbound stream.
 *
 * @param items what arrived, in no particular order; an item may repeat one from an
 * earlier page (networks overlap at page edges), so whoever stores items upserts them by
 * remote id
 * @param nextCursor the cursor to store once these items are stored, opaque to everyone
 * but the connector; the cursor passed in when nothing new arrived
 * @param more whether reading again right away with {@code nextCursor} returns more
 */
public record InboundPage(List<InboundItem> items, @Nullable String nextCursor, boolean more) {

	public InboundPage {
		items = List.copyOf(items);
	}

	/** Nothing new; the cursor stays where it was. */
	public static InboundPage empty(@Nullable String cursor) {
		return new InboundPage(List.of(), cursor, false);
	}

}
