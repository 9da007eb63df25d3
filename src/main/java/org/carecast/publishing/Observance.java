package org.carecast.publishing;

import java.net.URI;

import org.carecast.publishing.internal.ObservanceRule;

/**
 * A health awareness day, week or month from the built-in calendar, with the organization
 * that runs it, so that a campaign can link to the source.
 *
 * @param key stable identifier, kept on campaigns planned from it
 * @param rule when it falls, in words ("14 November", "October", "second Sunday of May, 7
 * days")
 */
public record Observance(String key, String name, String rule, String topic, String organizer, URI url) {

	/** When it falls in {@code year}. */
	public DateSpan in(int year) {
		return ObservanceRule.parse(this.rule).in(year);
	}

	/** One observance on its days of one year. */
	public record Occurrence(Observance observance, DateSpan span) {
	}

}
