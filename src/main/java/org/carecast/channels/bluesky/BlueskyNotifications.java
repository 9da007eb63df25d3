package org.carecast.channels.bluesky;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.http.NetworkHttp;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads replies and mentions from {@code app.bsky.notification.listNotifications}
 * (platform-apis.md §2.5). Its {@code cursor} only walks back in time from the newest, so
 * Carecast's own cursor is the {@code indexedAt} of the newest item seen: a read walks
 * back page by page until it passes that time, and only then moves the cursor. Items
 * indexed at exactly the cursor's time come again (harmless, stored by remote id) rather
 * than risk missing one that shares the instant.
 */
final class BlueskyNotifications {

	/** At most this many pages (of 50) in one read. */
	static final int MAX_PAGES = 10;

	private final NetworkHttp http;

	private final XrpcRequests requests;

	private final BlueskyErrorReader errors;

	BlueskyNotifications(NetworkHttp http, XrpcRequests requests, BlueskyErrorReader errors) {
		this.http = http;
		this.requests = requests;
		this.errors = errors;
	}

	InboundPage read(ChannelSession session, @Nullable String cursor) {
		Instant since = (cursor != null) ? instant(cursor) : null;
		Instant newest = since;
		List<InboundItem> items = new ArrayList<>();
		String page = null;
		for (int i = 0; i < MAX_PAGES; i++) {
			JsonNode answer = this.http.safe(this.requests.query(session.endpoint(),
					"app.bsky.notification.listNotifications", session.accessToken(), paging(page)), this.errors);
			boolean passedCursor = false;
			for (JsonNode notification : answer.path("notifications")) {
				Instant indexed = instant(notification.path("indexedAt").stringValue(""));
				if (indexed == null || (since != null && indexed.isBefore(since))) {
					passedCursor = true;
					continue;
				}
				newest = (newest == null || indexed.isAfter(newest)) ? indexed : newest;
				item(notification).ifPresent(items::add);
			}
			page = answer.path("cursor").stringValue(null);
			if (page == null || since == null || passedCursor) {
				break;
			}
		}
		return new InboundPage(items, (newest != null) ? newest.toString() : null, false);
	}

	private static String[] paging(@Nullable String page) {
		List<String> params = new ArrayList<>(List.of("limit", "50", "reasons", "reply", "reasons", "mention"));
		if (page != null) {
			params.add("cursor");
			params.add(page);
		}
		return params.toArray(String[]::new);
	}

	private static java.util.Optional<InboundItem> item(JsonNode notification) {
		String reason = notification.path("reason").stringValue("");
		String uri = notification.path("uri").stringValue("");
		if (!("reply".equals(reason) || "mention".equals(reason)) || !uri.startsWith("at://")) {
			return java.util.Optional.empty();
		}
		JsonNode record = notification.path("record");
		JsonNode author = notification.path("author");
		String handle = author.path("handle").stringValue("");
		Instant created = instant(record.path("createdAt").stringValue(""));
		if (created == null) {
			created = instant(notification.path("indexedAt").stringValue(""));
		}
		return java.util.Optional
			.of(new InboundItem(uri, "reply".equals(reason) ? InboundKind.COMMENT : InboundKind.MENTION, handle,
					author.path("displayName").stringValue(null), record.path("text").stringValue(""), created,
					record.path("reply").path("parent").path("uri").stringValue(null),
					record.path("reply").path("root").path("uri").stringValue(null), null, webLink(handle, uri)));
	}

	private static @Nullable URI webLink(String handle, String uri) {
		String rkey = uri.substring(uri.lastIndexOf('/') + 1);
		if (!handle.matches("[A-Za-z0-9.-]{1,253}") || !rkey.matches("[A-Za-z0-9._~:-]{1,512}")) {
			return null;
		}
		return URI.create("https://bsky.app/profile/" + handle + "/post/" + rkey);
	}

	private static @Nullable Instant instant(String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
