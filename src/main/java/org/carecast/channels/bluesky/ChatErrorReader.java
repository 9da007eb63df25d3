package org.carecast.channels.bluesky;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;

import org.carecast.channels.http.NetworkHttp.ErrorReader;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Bluesky's errors for chat calls. An app password created without "allow access to
 * direct messages" is refused by the PDS before anything reaches the chat service with
 * 400 {@code InvalidToken} and the message {@code Bad token method} (or
 * {@code Bad token scope}); an OAuth session without {@code transition:chat.bsky} gets a
 * scope error. The session itself is fine, so this must not read as an expired token: a
 * refresh would not help and marking the whole account for reconnection would stop its
 * publishing too. It becomes a rejection in fixed words that say what to do.
 */
final class ChatErrorReader implements ErrorReader {

	static final String NO_DM_ACCESS = "The Bluesky app password lacks direct-message access. Create an app password "
			+ "with \"Allow access to your direct messages\" turned on and connect the account again with it.";

	private final BlueskyErrorReader errors = new BlueskyErrorReader();

	@Override
	public Kind classify(HttpResponse<byte[]> response, JsonNode body) {
		return lacksChatAccess(response, body) ? Kind.REJECTED : this.errors.classify(response, body);
	}

	@Override
	public String message(HttpResponse<byte[]> response, JsonNode body) {
		return lacksChatAccess(response, body) ? NO_DM_ACCESS : this.errors.message(response, body);
	}

	@Override
	public @Nullable Instant retryAt(HttpResponse<byte[]> response, JsonNode body) {
		return this.errors.retryAt(response, body);
	}

	static boolean lacksChatAccess(HttpResponse<byte[]> response, JsonNode body) {
		int status = response.statusCode();
		if (status != 400 && status != 401 && status != 403) {
			return false;
		}
		String name = String.valueOf(BlueskyErrorReader.errorName(body));
		String message = body.path("message").stringValue("").toLowerCase(Locale.ROOT);
		return message.contains("bad token method") || message.contains("bad token scope")
				|| name.equals("ScopeMissingError") || name.equals("InsufficientScope");
	}

}
