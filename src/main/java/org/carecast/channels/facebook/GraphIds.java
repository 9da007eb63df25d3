package org.carecast.channels.facebook;

/**
 * Graph object ids ({@code 123}, {@code 123_456}): anything else in a path could steer a
 * call to another endpoint.
 */
final class GraphIds {

	private GraphIds() {
	}

	static boolean valid(String id) {
		return id != null && id.matches("[0-9]{1,30}+(_[0-9]{1,30}+)?");
	}

}
