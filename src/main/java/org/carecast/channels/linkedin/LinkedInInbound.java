package org.carecast.channels.linkedin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.TemporaryFailureException;
import org.carecast.channels.oauth.WebForms;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the comments, and the replies under them, on the organization's ten latest posts
 * (platform-apis.md §7.5: {@code GET /rest/socialActions/{urn}/comments}, which needs
 * {@code r_organization_social}). LinkedIn pages comments by offset and documents no
 * order, so every read walks all pages of each post and keeps the comments created at or
 * after the cursor; the order cannot move the cursor past anything.
 *
 * <p>
 * The cursor is the time the read began, less a minute: a comment written while the read
 * walked other posts, or stamped by LinkedIn's clock a little earlier, or listed a little
 * late, is then still at or after the next read's cursor. What that re-reads is stored
 * once, because the inbox upserts by the comment URN. Pages overlap by a few comments so
 * that comments deleted between two page reads cannot shift a live one past the page
 * edge; the overlap is read twice and kept once.
 */
final class LinkedInInbound {

	static final int PAGE_SIZE = 50;

	/**
	 * How many comments each page repeats from the page before (deletions in between).
	 */
	static final int OVERLAP = 5;

	/** At most this many pages of one post's comments (or a comment's replies). */
	static final int MAX_PAGES = 20;

	static final Duration LAG = Duration.ofSeconds(LinkedInPosts.CLOCK_SKEW_SECONDS);

	private static final int MAX_HANDLE = 200;

	private final LinkedInRequests requests;

	private final LinkedInErrors errors;

	private final LinkedInPosts posts;

	private final Clock clock;

	LinkedInInbound(LinkedInRequests requests, LinkedInErrors errors, LinkedInPosts posts, Clock clock) {
		this.requests = requests;
		this.errors = errors;
		this.posts = posts;
		this.clock = clock;
	}

	/**
	 * Everything read is collected first and returned as one page, so a failure part-way
	 * hands nothing over and the cursor stays.
	 */
	InboundPage comments(ChannelSession session, String organization, @Nullable String cursor) {
		Instant since = since(cursor);
		Instant began = this.clock.instant();
		// The first read takes the newest page of each post only, not the history.
		int pages = (since != null) ? MAX_PAGES : 1;
		Map<String, InboundItem> items = new LinkedHashMap<>();
		Set<String> expanded = new HashSet<>();
		JsonNode latest = this.posts.latest(session, organization);
		if (!latest.isArray() && !latest.isMissingNode()) {
			throw unreadable();
		}
		for (JsonNode post : latest) {
			String urn = post.path("id").asString("");
			if (LinkedInUrns.isPost(urn)) {
				read(session, organization, urn, urn, since, pages, items, expanded);
			}
		}
		return new InboundPage(new ArrayList<>(items.values()), began.minus(LAG).toString(), false);
	}

	/**
	 * Every comment and reply on {@code post} except the organization's own, by URN (for
	 * the notifications, which name comments without their text).
	 */
	Map<String, InboundItem> allOn(ChannelSession session, String organization, String post) {
		Map<String, InboundItem> items = new LinkedHashMap<>();
		read(session, organization, post, post, null, MAX_PAGES, items, new HashSet<>());
		return items;
	}

	/** The comments on {@code object} (a post, or a comment for its replies). */
	private void read(ChannelSession session, String organization, String object, String post, @Nullable Instant since,
			int maxPages, Map<String, InboundItem> items, Set<String> expanded) {
		boolean replies = LinkedInUrns.isComment(object);
		int start = 0;
		for (int page = 0; page < maxPages; page++) {
			JsonNode answer = this.requests.http()
				.safe(this.requests.get(session, "/rest/socialActions/" + WebForms.encode(object) + "/comments?start="
						+ start + "&count=" + PAGE_SIZE), this.errors);
			JsonNode elements = answer.path("elements");
			if (!elements.isArray()) {
				throw unreadable();
			}
			for (JsonNode element : elements) {
				Optional<String> urn = LinkedInComments.commentUrn(element);
				Optional<Instant> created = created(element);
				if (urn.isEmpty() || created.isEmpty()) {
					continue;
				}
				String actor = element.path("actor").asString("");
				boolean fresh = since == null || !created.get().isBefore(since);
				// The organization's own answers are not inbound.
				if (fresh && !organization.equals(actor)) {
					items.putIfAbsent(urn.get(), item(element, urn.get(), actor, object, post, created.get()));
				}
				// New replies can come under old comments, and under our own; a comment
				// in the overlap of two pages has its replies read once.
				if (!replies && hasReplies(element) && expanded.add(urn.get())) {
					read(session, organization, urn.get(), post, since, maxPages, items, expanded);
				}
			}
			int total = answer.path("paging").path("total").asInt(-1);
			boolean last = elements.isEmpty()
					|| ((total >= 0) ? start + elements.size() >= total : elements.size() < PAGE_SIZE);
			if (last) {
				break;
			}
			start += PAGE_SIZE - OVERLAP;
		}
	}

	private static InboundItem item(JsonNode element, String urn, String actor, String object, String post,
			Instant created) {
		String parent = element.path("parentComment").asString("");
		String answers = LinkedInUrns.isComment(parent) ? parent : object;
		String handle = (actor.isBlank() || actor.length() > MAX_HANDLE) ? "someone" : actor;
		return new InboundItem(urn, InboundKind.COMMENT, handle, null,
				element.path("message").path("text").asString(""), created, answers, post, null,
				LinkedInUrns.feedUrl(post));
	}

	/**
	 * Whether to read the comment's replies. Without a {@code commentsSummary} it cannot
	 * be told, and reading is the side that loses nothing.
	 */
	private static boolean hasReplies(JsonNode element) {
		JsonNode summary = element.path("commentsSummary");
		if (!summary.isObject()) {
			return true;
		}
		return summary.path("aggregatedTotalComments").asLong(0) > 0
				|| summary.path("totalFirstLevelComments").asLong(0) > 0;
	}

	/**
	 * When LinkedIn says the comment was written; none for a time that is missing, not a
	 * number, or more than a day ahead (which no store should be asked to keep).
	 */
	private Optional<Instant> created(JsonNode element) {
		JsonNode time = element.path("created").path("time");
		if (!time.isIntegralNumber() || !time.canConvertToLong() || time.asLong() <= 0) {
			return Optional.empty();
		}
		Instant created = Instant.ofEpochMilli(time.asLong());
		return created.isAfter(this.clock.instant().plus(Duration.ofDays(1))) ? Optional.empty() : Optional.of(created);
	}

	/** A cursor that is not a time is read as none: a first read, not a guess. */
	static @Nullable Instant since(@Nullable String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			return Instant.parse(cursor);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static TemporaryFailureException unreadable() {
		return new TemporaryFailureException(ChannelNetwork.LINKEDIN, "LinkedIn sent a list Carecast could not read",
				null);
	}

}
