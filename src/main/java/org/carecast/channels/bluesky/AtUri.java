package org.carecast.channels.bluesky;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.RejectedException;

/**
 * A record's {@code at://{did}/{collection}/{rkey}} address, the id Bluesky's reply,
 * lookup and delete calls take.
 */
record AtUri(String did, String collection, String rkey) {

	static final String POST_COLLECTION = "app.bsky.feed.post";

	private static final Pattern SHAPE = Pattern
		.compile("at://(did:[a-z]{1,16}:[A-Za-z0-9._:-]{1,2048})/([A-Za-z0-9.-]{1,317})/([A-Za-z0-9._~:-]{1,512})");

	static AtUri parse(String value) {
		Matcher matcher = (value != null) ? SHAPE.matcher(value) : null;
		if (matcher == null || !matcher.matches()) {
			throw new RejectedException(ChannelNetwork.BLUESKY, "invalid_uri", "Not a Bluesky record address", false);
		}
		return new AtUri(matcher.group(1), matcher.group(2), matcher.group(3));
	}

	static AtUri post(String did, String rkey) {
		return new AtUri(did, POST_COLLECTION, rkey);
	}

	@Override
	public String toString() {
		return "at://" + this.did + "/" + this.collection + "/" + this.rkey;
	}

}
