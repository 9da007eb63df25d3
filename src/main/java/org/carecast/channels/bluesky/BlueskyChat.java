package org.carecast.channels.bluesky;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundPage;
import org.carecast.channels.TemporaryFailureException;
import org.carecast.channels.http.NetworkHttp;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Bluesky chat (platform-apis.md §2.5, DMs), through the account's PDS with the
 * {@code atproto-proxy} header that routes the call to the chat service.
 *
 * <p>
 * <b>The cursor</b> is one revision, the <em>floor</em>: every message with a revision at
 * or below it has been handed over. It rests on what the chat service promises: revisions
 * are TIDs that grow with time, every new message raises its conversation's revision
 * above all earlier ones, {@code listConvos} lists conversations newest revision first
 * and {@code getMessages} a conversation's messages newest first. A read lists
 * conversations until one is at or below the floor, reads each one above it back to the
 * floor, and then moves the floor to the newest revision of its first listing. That
 * cannot skip a message: one above the floor and at or below that revision already
 * existed when the first listing was taken, so its conversation was above the floor there
 * and was read back to the floor; a message written later has a higher revision and waits
 * for the next read. A conversation that moved to the top while a listing of several
 * pages was walked is the one way to be passed over, so such a walk lists the first page
 * again and reads whatever rose above its newest revision. When a read cannot finish
 * (more than {@value #MAX_PAGES} pages of conversations or of one conversation's
 * messages, or the second listing is itself a page of new activity), it hands over what
 * it read and leaves the floor where it was: the next read starts over, repeating items
 * (stored by remote id) rather than leaving any out. The limit of that: while one
 * conversation holds more than {@value #MAX_PAGES} pages (1,000 messages) above the
 * floor, its oldest ones are not reached. The first read (no cursor) takes the last
 * message of each conversation on the first listing and no history.
 */
final class BlueskyChat {

	static final int MAX_PAGES = 20;

	static final String OLDEST_REV = "2222222222222";

	private final NetworkHttp http;

	private final XrpcRequests requests;

	private final ChatErrorReader errors = new ChatErrorReader();

	BlueskyChat(NetworkHttp http, XrpcRequests requests) {
		this.http = http;
		this.requests = requests;
	}

	InboundPage read(ChannelSession session, @Nullable String cursor) {
		String floor = ChatMessages.validId(cursor) ? cursor : null;
		JsonNode first = list(session, null);
		String top = newest(first);
		Sweep sweep = new Sweep();
		if (floor == null) {
			// The first read: the last message of each recent conversation, no history.
			for (JsonNode convo : first.path("convos")) {
				latest(session, convo, sweep.items);
			}
			// No conversation yet: every later message is new, so the floor is the oldest
			// TID.
			String start = (top == null && first.path("convos").isEmpty()) ? OLDEST_REV : top;
			return new InboundPage(sweep.items, start, false);
		}
		boolean complete = walk(session, first, floor, sweep);
		if (complete && sweep.pages > 1 && top != null) {
			// One that rose to the top while later pages were listed was passed over.
			complete = readAbove(session, list(session, null), top, floor, sweep);
		}
		boolean moves = complete && top != null && ChatMessages.compareRevs(top, floor) > 0;
		return new InboundPage(sweep.items, moves ? top : floor, false);
	}

	/** Lists conversations page by page until one is at or below the floor. */
	private boolean walk(ChannelSession session, JsonNode first, String floor, Sweep sweep) {
		JsonNode page = first;
		while (!readAbove(session, page, floor, floor, sweep)) {
			if (sweep.incomplete || ++sweep.pages > MAX_PAGES) {
				return false;
			}
			page = list(session, serverCursor(page));
		}
		return true;
	}

	/**
	 * Reads back to {@code floor} every conversation on the page above {@code above}.
	 * @return whether that finished the listing: every conversation read back, and the
	 * page reached one at or below {@code above} or was the last
	 */
	private boolean readAbove(ChannelSession session, JsonNode page, String above, String floor, Sweep sweep) {
		boolean reached = serverCursor(page) == null;
		for (JsonNode convo : page.path("convos")) {
			String rev = ChatMessages.rev(convo);
			if (rev != null && ChatMessages.compareRevs(rev, above) <= 0) {
				reached = true;
			}
			else if (sweep.done.add(ChatMessages.convoId(convo)) && !readBack(session, convo, floor, sweep.items)) {
				sweep.incomplete = true;
				return false;
			}
		}
		return reached;
	}

	/**
	 * @return whether the messages reached back to the floor (or their beginning)
	 */
	private boolean readBack(ChannelSession session, JsonNode convo, String floor, List<InboundItem> items) {
		String convoId = ChatMessages.convoId(convo);
		Map<String, JsonNode> members = ChatMessages.members(convo);
		String page = null;
		for (int i = 0; i < MAX_PAGES; i++) {
			JsonNode answer = this.http.safe(this.requests.chatQuery(session.endpoint(), "chat.bsky.convo.getMessages",
					session.accessToken(), paging(List.of("convoId", convoId), page)), this.errors);
			boolean passed = false;
			for (JsonNode message : answer.path("messages")) {
				String rev = ChatMessages.rev(message);
				if (rev != null && ChatMessages.compareRevs(rev, floor) <= 0) {
					passed = true;
				}
				else if (ChatMessages.isMessage(message)) {
					ChatMessages.inbound(session.accountId(), convoId, members, message).ifPresent(items::add);
				}
			}
			page = serverCursor(answer);
			if (passed || page == null) {
				return true;
			}
		}
		return false;
	}

	private void latest(ChannelSession session, JsonNode convo, List<InboundItem> items) {
		JsonNode last = convo.path("lastMessage");
		if (ChatMessages.isMessage(last)) {
			ChatMessages.inbound(session.accountId(), ChatMessages.convoId(convo), ChatMessages.members(convo), last)
				.ifPresent(items::add);
		}
	}

	private JsonNode list(ChannelSession session, @Nullable String page) {
		return this.http.safe(this.requests.chatQuery(session.endpoint(), "chat.bsky.convo.listConvos",
				session.accessToken(), paging(List.of(), page)), this.errors);
	}

	private static @Nullable String newest(JsonNode page) {
		String newest = null;
		for (JsonNode convo : page.path("convos")) {
			String rev = ChatMessages.rev(convo);
			if (rev != null && (newest == null || ChatMessages.compareRevs(rev, newest) > 0)) {
				newest = rev;
			}
		}
		return newest;
	}

	private static String[] paging(List<String> params, @Nullable String page) {
		List<String> all = new ArrayList<>(params);
		all.addAll(List.of("limit", "50"));
		if (page != null) {
			all.add("cursor");
			all.add(page);
		}
		return all.toArray(String[]::new);
	}

	static @Nullable String serverCursor(JsonNode answer) {
		String cursor = answer.path("cursor").stringValue(null);
		if (cursor != null && (cursor.length() > 500 || cursor.chars().anyMatch(Character::isISOControl))) {
			throw new TemporaryFailureException(ChannelNetwork.BLUESKY,
					"Bluesky sent a chat paging cursor Carecast could not use", null);
		}
		return cursor;
	}

	/** What one read has gathered so far; one per read, so the reader stays stateless. */
	private static final class Sweep {

		private final List<InboundItem> items = new ArrayList<>();

		private final Set<String> done = new HashSet<>();

		private boolean incomplete;

		private int pages = 1;

	}

}
