package org.carecast.publishing.web;

import java.util.List;
import java.util.stream.Collectors;

import org.carecast.publishing.Post;

/**
 * Posts as calendar events: one per post with a send time, named by the start of its
 * text. The UID is the post's id, so a calendar that subscribes updates an event when the
 * post moves instead of adding another.
 */
final class PostCalendar {

	static final int SUMMARY_LENGTH = 60;

	private PostCalendar() {
	}

	static String write(List<Post> posts) {
		List<ICalendarWriter.Event> events = posts.stream()
			.filter((p) -> p.scheduledAt() != null)
			.map((p) -> new ICalendarWriter.Event(p.id() + "@carecast", p.updatedAt(), p.scheduledAt(),
					summary(p.baseText()), description(p)))
			.toList();
		return new ICalendarWriter().write("Carecast posts", events);
	}

	/** The text on one line, cut at a character boundary with an ellipsis. */
	static String summary(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		if (line.codePointCount(0, line.length()) <= SUMMARY_LENGTH) {
			return line;
		}
		return line.substring(0, line.offsetByCodePoints(0, SUMMARY_LENGTH - 1)).stripTrailing() + "\u2026";
	}

	private static String description(Post post) {
		String accounts = post.variants()
			.stream()
			.map((v) -> v.network().code() + ": " + v.handle())
			.collect(Collectors.joining(", "));
		return post.state().label() + ((accounts.isEmpty()) ? "" : "\nAccounts: " + accounts)
				+ ((post.campaign() != null) ? "\nCampaign: " + post.campaign() : "");
	}

}
