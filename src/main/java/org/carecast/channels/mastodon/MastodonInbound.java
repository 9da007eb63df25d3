package org.carecast.channels.mastodon;

import java.time.Instant;
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
 * Reads the account's {@code mention} notifications (platform-apis.md §1.5), which carry
 * replies to our posts, other mentions and direct messages alike. Pages forward with
 * {@code min_id}: the instance answers with the notifications immediately after the
 * cursor, so reading page after page never skips one however many arrived.
 */
final class MastodonInbound {

	static final int LIMIT = 40;

	private final NetworkHttp http;

	private final MastodonRequests requests;

	private final MastodonErrorReader errors;

	MastodonInbound(NetworkHttp http, MastodonRequests requests, MastodonErrorReader errors) {
		this.http = http;
		this.requests = requests;
		this.errors = errors;
	}

	InboundPage read(ChannelSession session, @Nullable String cursor) {
		String path = "/api/v1/notifications?types%5B%5D=mention&limit=" + LIMIT
				+ ((cursor != null) ? "&min_id=" + MastodonRequests.id(cursor) : "");
		JsonNode notifications = this.http.safe(this.requests.get(session.endpoint(), path, session.accessToken()),
				this.errors);
		List<InboundItem> items = new ArrayList<>();
		String newest = cursor;
		int count = 0;
		for (JsonNode notification : notifications) {
			count++;
			String id = notification.path("id").stringValue(null);
			if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
				continue;
			}
			newest = newer(newest, id);
			JsonNode status = notification.path("status");
			if ("mention".equals(notification.path("type").stringValue("")) && status.isObject()) {
				item(session, status).ifPresent(items::add);
			}
		}
		return new InboundPage(items, newest, count >= LIMIT);
	}

	private java.util.Optional<InboundItem> item(ChannelSession session, JsonNode status) {
		String id = status.path("id").stringValue(null);
		if (id == null) {
			return java.util.Optional.empty();
		}
		JsonNode account = status.path("account");
		InboundKind kind;
		if ("direct".equals(status.path("visibility").stringValue(""))) {
			kind = InboundKind.DIRECT_MESSAGE;
		}
		else if (session.accountId().equals(status.path("in_reply_to_account_id").stringValue(""))) {
			kind = InboundKind.COMMENT;
		}
		else {
			kind = InboundKind.MENTION;
		}
		Instant created = MastodonStatusReader.createdAt(status);
		String name = account.path("display_name").stringValue("");
		return java.util.Optional.of(new InboundItem(id, kind, account.path("acct").stringValue(""),
				name.isBlank() ? null : name, MastodonHtml.text(status.path("content").stringValue("")),
				(created != null) ? created : Instant.EPOCH, status.path("in_reply_to_id").stringValue(null), null,
				(kind == InboundKind.DIRECT_MESSAGE) ? id : null,
				MastodonStatusReader.webUrl(status.path("url").stringValue(null))));
	}

	/** Mastodon ids are decimal strings: the longer, or else the greater, is newer. */
	static String newer(@Nullable String a, String b) {
		if (a == null || b.length() > a.length() || (b.length() == a.length() && b.compareTo(a) > 0)) {
			return b;
		}
		return a;
	}

}
