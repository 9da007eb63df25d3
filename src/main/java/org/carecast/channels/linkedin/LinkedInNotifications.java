package org.carecast.channels.linkedin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.RejectedException;
import org.carecast.channels.oauth.WebForms;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The organization's notifications (platform-apis.md §7.5,
 * {@code organizationalEntityNotifications?q=criteria}, organizations only): comments on
 * any of its posts, not just the ten latest, and posts that mention it. A notification
 * names what happened ({@code generatedActivity}) but not its text, so comments are read
 * from their post's comment list and mentioning posts with {@code GET /rest/posts/{urn}};
 * one that is gone by then is left out. A comment keeps its comment URN as remote id, the
 * same as in the comments stream, so a comment found by both is one inbox item.
 *
 * <p>
 * The document shows the notification fields only in the webhook payload ({@code action},
 * {@code sourcePost}, {@code generatedActivity}); the pull answer is read with the same
 * names. The cursor works as the comments stream's: each read asks for the time range
 * from the cursor to when it began, and the next cursor is that beginning less a minute.
 * LinkedIn keeps notifications for 60 days, so an older cursor starts at the retention's
 * edge.
 */
final class LinkedInNotifications {

	static final String ACTIONS = "List(COMMENT,SHARE_MENTION,ADMIN_COMMENT)";

	static final int PAGE_SIZE = 50;

	static final int MAX_PAGES = 20;

	/** How far back the first read looks. */
	static final Duration FIRST_READ = Duration.ofDays(1);

	/** A day inside LinkedIn's 60-day retention, so the range start is always kept. */
	static final Duration RETENTION = Duration.ofDays(59);

	private final LinkedInRequests requests;

	private final LinkedInErrors errors;

	private final LinkedInInbound comments;

	private final Clock clock;

	LinkedInNotifications(LinkedInRequests requests, LinkedInErrors errors, LinkedInInbound comments, Clock clock) {
		this.requests = requests;
		this.errors = errors;
		this.comments = comments;
		this.clock = clock;
	}

	InboundPage read(ChannelSession session, String organization, @Nullable String cursor) {
		Instant since = LinkedInInbound.since(cursor);
		Instant began = this.clock.instant();
		Instant from = (since == null) ? began.minus(FIRST_READ)
				: (since.isBefore(began.minus(RETENTION)) ? began.minus(RETENTION) : since);
		// The first read takes one page, not the history.
		int pages = (since != null) ? MAX_PAGES : 1;
		Map<String, Set<String>> commentsByPost = new LinkedHashMap<>();
		Set<String> mentioning = new LinkedHashSet<>();
		int start = 0;
		for (int page = 0; page < pages; page++) {
			JsonNode answer = this.requests.http()
				.safe(this.requests.get(session,
						"/rest/organizationalEntityNotifications?q=criteria&organizationalEntity="
								+ WebForms.encode(organization) + "&actions=" + ACTIONS + "&timeRange=(start:"
								+ from.toEpochMilli() + ",end:" + began.toEpochMilli() + ")&start=" + start + "&count="
								+ PAGE_SIZE),
						this.errors);
			JsonNode elements = answer.path("elements");
			if (!elements.isArray()) {
				throw LinkedInInbound.unreadable();
			}
			for (JsonNode notification : elements) {
				sort(notification, commentsByPost, mentioning);
			}
			int total = answer.path("paging").path("total").asInt(-1);
			if (elements.isEmpty() || ((total >= 0) ? start + elements.size() >= total : elements.size() < PAGE_SIZE)) {
				break;
			}
			// The range's end is fixed, so later notifications cannot shift the offsets.
			start += PAGE_SIZE;
		}
		Map<String, InboundItem> items = new LinkedHashMap<>();
		for (Map.Entry<String, Set<String>> entry : commentsByPost.entrySet()) {
			Map<String, InboundItem> all = commentsOn(session, organization, entry.getKey());
			entry.getValue().stream().filter(all::containsKey).forEach((urn) -> items.putIfAbsent(urn, all.get(urn)));
		}
		for (String post : mentioning) {
			InboundItem mention = mention(session, organization, post);
			if (mention != null) {
				items.putIfAbsent(post, mention);
			}
		}
		return new InboundPage(new ArrayList<>(items.values()), began.minus(LinkedInInbound.LAG).toString(), false);
	}

	private static void sort(JsonNode notification, Map<String, Set<String>> commentsByPost, Set<String> mentioning) {
		String action = notification.path("action").asString("");
		String activity = notification.path("generatedActivity").asString("");
		String source = notification.path("sourcePost").asString("");
		if ((action.equals("COMMENT") || action.equals("ADMIN_COMMENT")) && LinkedInUrns.isComment(activity)) {
			String post = LinkedInUrns.isCommentable(source) ? source : LinkedInUrns.commentedObject(activity);
			commentsByPost.computeIfAbsent(post, (p) -> new LinkedHashSet<>()).add(activity);
		}
		else if (action.equals("SHARE_MENTION")) {
			for (String urn : List.of(activity, source)) {
				if (LinkedInUrns.isPost(urn)) {
					mentioning.add(urn);
					return;
				}
			}
		}
	}

	/** None when the post is gone or hidden by now. */
	private Map<String, InboundItem> commentsOn(ChannelSession session, String organization, String post) {
		try {
			return this.comments.allOn(session, organization, post);
		}
		catch (RejectedException ex) {
			if (gone(ex)) {
				return Map.of();
			}
			throw ex;
		}
	}

	private static boolean gone(RejectedException ex) {
		return ex.errorCode().equals("403") || ex.errorCode().equals("404") || ex.errorCode().equals("410");
	}

	/** The post that mentions the organization; null when it is gone or hidden. */
	private @Nullable InboundItem mention(ChannelSession session, String organization, String urn) {
		JsonNode post;
		try {
			post = this.requests.http()
				.safe(this.requests.get(session, "/rest/posts/" + WebForms.encode(urn)), this.errors);
		}
		catch (RejectedException ex) {
			if (gone(ex)) {
				return null;
			}
			throw ex;
		}
		String author = post.path("author").asString("");
		JsonNode created = post.path("createdAt");
		if (organization.equals(author) || !created.isIntegralNumber() || !created.canConvertToLong()
				|| created.asLong() <= 0
				|| Instant.ofEpochMilli(created.asLong()).isAfter(this.clock.instant().plus(Duration.ofDays(1)))) {
			return null;
		}
		String handle = (author.isBlank() || author.length() > 200) ? "someone" : author;
		return new InboundItem(urn, InboundKind.MENTION, handle, null, post.path("commentary").asString(""),
				Instant.ofEpochMilli(created.asLong()), null, null, null, LinkedInUrns.feedUrl(urn));
	}

}
