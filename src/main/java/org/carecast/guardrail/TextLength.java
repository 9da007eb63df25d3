package org.carecast.guardrail;

import org.carecast.guardrail.internal.platform.PlatformCheck;

/**
 * A text's length as one network counts it (X's weighted count, Bluesky's graphemes,
 * Mastodon's 23 per link, ...), against that network's limit: what a composer's counter
 * shows, by the same rule as the platform check.
 *
 * @param count the length in {@code unit}
 * @param limit the most the network accepts
 * @param overflowStart the string index where the text first goes over, or -1
 * @param unit how the network counts, in words
 */
public record TextLength(int count, int limit, int overflowStart, String unit) {

	public static TextLength of(Network network, String text) {
		return PlatformCheck.length(network, (text != null) ? text : "");
	}

	public boolean over() {
		return this.count > this.limit;
	}

	/**
	 * The part of the text that fits, for a preview that shows where the network would
	 * cut.
	 */
	public String fitting(String text) {
		return (this.overflowStart >= 0 && this.overflowStart <= text.length()) ? text.substring(0, this.overflowStart)
				: text;
	}

}
