package org.carecast.channels.bluesky;

/**
 * A link, mention or hashtag found in post text, by UTF-16 index (start inclusive, end
 * exclusive) so that it maps back to the text; {@code value} is the full URL, the handle
 * without {@code @}, or the tag without {@code #}.
 */
record FacetSpan(Kind kind, int start, int end, String value) {

	enum Kind {

		LINK, MENTION, TAG

	}

}
