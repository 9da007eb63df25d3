package org.carecast.channels.mastodon;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;

/**
 * Uploads one image or video with its alt text ({@code POST /api/v2/media}) and waits
 * until the instance has processed it: a 202 means "still working", so the attachment is
 * polled ({@code GET /api/v1/media/{id}}: 206 while processing, 200 when done) because
 * posting unprocessed media fails with 422.
 */
final class MastodonMediaUploader {

	private static final Pattern MIME_TYPE = Pattern.compile("(image|video)/[a-z0-9.+-]{1,40}");

	private static final int MAX_POLLS = 12;

	private static final Duration MAX_WAIT = Duration.ofSeconds(8);

	private final NetworkHttp http;

	private final MastodonRequests requests;

	private final MastodonErrorReader errors;

	private final Duration firstWait;

	MastodonMediaUploader(NetworkHttp http, MastodonRequests requests, MastodonErrorReader errors, Duration firstWait) {
		this.http = http;
		this.requests = requests;
		this.errors = errors;
		this.firstWait = firstWait;
	}

	/** The attachment id, once the instance has processed the file. */
	String upload(ChannelSession session, OutboundMedia media) {
		if (media.content().length == 0 || !MIME_TYPE.matcher(media.mimeType()).matches()) {
			throw new RejectedException(ChannelNetwork.MASTODON, "unsupported_media",
					"Mastodon needs the file itself with an image or video type", false);
		}
		String subtype = media.mimeType().substring(media.mimeType().indexOf('/') + 1);
		MultipartBody body = new MultipartBody().file("file", "media." + subtype, media.mimeType(), media.content())
			.text("description", media.altText());
		HttpResponse<byte[]> response = this.http.send(
				this.requests.postMultipart(session.endpoint(), "/api/v2/media", session.accessToken(), body),
				this.errors, false);
		String id = MastodonRequests.id(this.http.parse(response).path("id").stringValue(null));
		if (response.statusCode() == 202) {
			awaitProcessing(session, id);
		}
		return id;
	}

	private void awaitProcessing(ChannelSession session, String id) {
		Duration wait = this.firstWait;
		for (int poll = 0; poll < MAX_POLLS; poll++) {
			pause(wait);
			HttpResponse<byte[]> response = this.http.send(
					this.requests.get(session.endpoint(), "/api/v1/media/" + id, session.accessToken()), this.errors,
					false);
			if (response.statusCode() == 200) {
				return;
			}
			wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
		}
		throw new TemporaryFailureException(ChannelNetwork.MASTODON, "Mastodon is still processing the media", null);
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TemporaryFailureException(ChannelNetwork.MASTODON, "Waiting for Mastodon media was interrupted",
					ex);
		}
	}

}
