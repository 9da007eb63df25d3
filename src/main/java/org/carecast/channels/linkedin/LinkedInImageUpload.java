package org.carecast.channels.linkedin;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;
import org.carecast.channels.oauth.WebForms;
import tools.jackson.databind.JsonNode;

/**
 * Uploads one image through the Images API (platform-apis.md §7.2): initialize an upload
 * owned by the post's author, PUT the bytes in a single request, then wait until LinkedIn
 * has processed it. Member-only tokens may not read images back; then the wait is just
 * the poll interval. An unused image is harmless, so a retry starts over.
 */
final class LinkedInImageUpload {

	private final LinkedInRequests requests;

	private final LinkedInErrors errors;

	private final Duration pollInterval;

	private final int maxPolls;

	LinkedInImageUpload(LinkedInRequests requests, LinkedInErrors errors, Duration pollInterval, int maxPolls) {
		this.requests = requests;
		this.errors = errors;
		this.pollInterval = pollInterval;
		this.maxPolls = maxPolls;
	}

	/** Uploads the image and returns its {@code urn:li:image:…}. */
	String upload(ChannelSession session, String owner, OutboundMedia media) {
		if (!media.mimeType().startsWith("image/")) {
			throw new RejectedException(ChannelNetwork.LINKEDIN, "unsupported_media",
					"Carecast can send only images to LinkedIn for now", false);
		}
		Map<String, Object> body = Map.of("initializeUploadRequest", Map.of("owner", owner));
		JsonNode value = this.requests.http()
			.safe(this.requests.postJson(session, "/rest/images?action=initializeUpload", body), this.errors)
			.path("value");
		String image = value.path("image").asString("");
		String uploadUrl = value.path("uploadUrl").asString("");
		if (!image.startsWith("urn:li:image:") || !uploadUrl.startsWith("http")) {
			throw new TemporaryFailureException(ChannelNetwork.LINKEDIN, "LinkedIn did not offer an image upload",
					null);
		}
		this.requests.http()
			.send(this.requests.putBytes(session, URI.create(uploadUrl), media.mimeType(), media.content()),
					this.errors, false);
		awaitAvailable(session, image);
		return image;
	}

	private void awaitAvailable(ChannelSession session, String image) {
		for (int poll = 0; poll < this.maxPolls; poll++) {
			String status;
			try {
				status = this.requests.http()
					.safe(this.requests.get(session, "/rest/images/" + WebForms.encode(image)), this.errors)
					.path("status")
					.asString("");
			}
			catch (RejectedException ex) {
				// A member token that may not read images: give LinkedIn a moment
				// instead.
				pause();
				return;
			}
			if (status.equals("AVAILABLE")) {
				return;
			}
			if (status.equals("PROCESSING_FAILED")) {
				throw new RejectedException(ChannelNetwork.LINKEDIN, "PROCESSING_FAILED",
						"LinkedIn could not process an image", false);
			}
			pause();
		}
		throw new TemporaryFailureException(ChannelNetwork.LINKEDIN, "LinkedIn is still processing an image", null);
	}

	private void pause() {
		try {
			Thread.sleep(this.pollInterval.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TemporaryFailureException(ChannelNetwork.LINKEDIN, "Waiting for LinkedIn was interrupted", ex);
		}
	}

}
