package org.carecast.channels.meta;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Graph API errors for one call. Made per call because it blanks that call's
 * secrets (token, code, client secret) should Meta ever echo them, and because it keeps
 * the parsed error so the caller can look at the Graph code afterwards.
 */
final class MetaErrors implements NetworkHttp.ErrorReader {

	private static final int MAX_MESSAGE = 300;

	/** Meta's advice when an app-level limit hits without an estimate. */
	private static final Duration APP_LEVEL_WAIT = Duration.ofHours(1);

	private final ChannelNetwork network;

	private final Clock clock;

	private final JsonMapper json;

	private final List<String> secrets;

	private GraphError last = new GraphError(0, 0, 0, false, "");

	MetaErrors(ChannelNetwork network, Clock clock, JsonMapper json, List<String> secrets) {
		this.network = network;
		this.clock = clock;
		this.json = json;
		this.secrets = secrets.stream().filter((secret) -> secret != null && secret.length() >= 4).toList();
	}

	@Override
	public Kind classify(HttpResponse<byte[]> response, JsonNode body) {
		this.last = GraphError.from(response.statusCode(), body);
		return this.last.kind();
	}

	@Override
	public String message(HttpResponse<byte[]> response, JsonNode body) {
		GraphError error = GraphError.from(response.statusCode(), body);
		String label = MetaGraph.label(this.network);
		if (error.text().isBlank()) {
			return label + " refused the request (HTTP " + response.statusCode() + ")";
		}
		String text = redact(error.text());
		if (text.length() > MAX_MESSAGE) {
			text = text.substring(0, MAX_MESSAGE) + "…";
		}
		return label + " refused the request: " + text + codes(error);
	}

	@Override
	public @Nullable Instant retryAt(HttpResponse<byte[]> response, JsonNode body) {
		MetaUsage usage = MetaUsage.from(response.headers(), this.json);
		return usage.regainAt(this.clock)
			.orElseGet(() -> GraphError.from(response.statusCode(), body).isAppLevelThrottling()
					? this.clock.instant().plus(APP_LEVEL_WAIT) : null);
	}

	@Override
	public boolean dailyCap(HttpResponse<byte[]> response, JsonNode body) {
		return GraphError.from(response.statusCode(), body).isDailyCap();
	}

	/** The error of the failed call this reader classified. */
	GraphError last() {
		return this.last;
	}

	/** The same rejection, but carrying the Graph code (such as 506) instead of 400. */
	RejectedException withGraphCode(RejectedException ex) {
		return new RejectedException(ex.network(), this.last.errorCode(), ex.getMessage(), ex.duplicate());
	}

	private String redact(String text) {
		String result = text;
		for (String secret : this.secrets) {
			result = result.replace(secret, "[hidden]");
		}
		return result;
	}

	private static String codes(GraphError error) {
		if (error.code() == 0) {
			return "";
		}
		return " (code " + error.code() + ((error.subcode() != 0) ? ", subcode " + error.subcode() : "") + ")";
	}

}
