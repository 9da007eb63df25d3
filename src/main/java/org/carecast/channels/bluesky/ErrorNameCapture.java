package org.carecast.channels.bluesky;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.carecast.channels.http.NetworkHttp.ErrorReader;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Bluesky's error reader for one call whose caller must tell one error name from another
 * (a 400 {@code RecordNotFound} is an answer, a 400 {@code InvalidRequest} is not), which
 * the status code alone cannot. Create one per call; it remembers the name.
 */
final class ErrorNameCapture implements ErrorReader {

	private final BlueskyErrorReader errors = new BlueskyErrorReader();

	private @Nullable String name;

	@Override
	public Kind classify(HttpResponse<byte[]> response, JsonNode body) {
		this.name = BlueskyErrorReader.errorName(body);
		return this.errors.classify(response, body);
	}

	@Override
	public String message(HttpResponse<byte[]> response, JsonNode body) {
		return this.errors.message(response, body);
	}

	@Override
	public @Nullable Instant retryAt(HttpResponse<byte[]> response, JsonNode body) {
		return this.errors.retryAt(response, body);
	}

	boolean saw(String errorName) {
		return errorName.equals(this.name);
	}

}
