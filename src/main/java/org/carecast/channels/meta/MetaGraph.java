package org.carecast.channels.meta;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;

/**
 * A client of one Meta Graph host ({@code graph.facebook.com},
 * {@code graph.instagram.com}, {@code graph.threads.net}): versioned URLs, the token in
 * an {@code Authorization} header (never in a URL that might be logged, except where
 * Meta's token endpoints demand it), and Meta's error and throttling rules on every call.
 */
public final class MetaGraph {

	private final NetworkHttp http;

	private final Clock clock;

	public MetaGraph(NetworkHttp http, Clock clock) {
		this.http = http;
		this.clock = clock;
	}

	public ChannelNetwork network() {
		return this.http.network();
	}

	public Clock clock() {
		return this.clock;
	}

	/**
	 * {@code {base}/v{N}{path}?{query}}: the endpoint's base is the bare host and its
	 * version ({@code 25.0} or {@code v25.0}) is added here, so one setting moves every
	 * call when Meta retires a version.
	 */
	public URI api(ChannelEndpoint endpoint, String path, Map<String, String> query) {
		String version = endpoint.apiVersion().isBlank() ? "" : "/" + versionSegment(endpoint.apiVersion());
		return endpoint.resolve(version + path + GraphUrls.query(query));
	}

	/** A URL outside the versioned API (Threads' and Instagram's token endpoints). */
	public URI unversioned(ChannelEndpoint endpoint, String path, Map<String, String> query) {
		return endpoint.resolve(path + GraphUrls.query(query));
	}

	/** A request with the bearer token. */
	public HttpRequest.Builder request(URI uri, String token) {
		return this.http.request(uri).header("Authorization", "Bearer " + token);
	}

	/** A request without a token, for the OAuth endpoints. */
	public HttpRequest.Builder request(URI uri) {
		return this.http.request(uri);
	}

	/** A form-encoded POST with the bearer token. */
	public HttpRequest form(URI uri, String token, Map<String, String> fields) {
		return form(request(uri, token), fields);
	}

	/** A form-encoded POST. */
	public HttpRequest form(HttpRequest.Builder request, Map<String, String> fields) {
		return request.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(GraphUrls.encode(fields)))
			.build();
	}

	/** A JSON POST with the bearer token. */
	public HttpRequest json(URI uri, String token, Object body) {
		return request(uri, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.http.toJson(body)))
			.build();
	}

	/** A GET with the bearer token. */
	public JsonNode read(URI uri, String token) {
		return send(request(uri, token).GET().build(), false, List.of(token));
	}

	/**
	 * A call that creates something not yet visible (a media container, an unpublished
	 * photo): safe to repeat. Meta asks apps to back off above 90% of a budget, and this
	 * is the last moment to do so before the post goes out.
	 */
	public JsonNode create(HttpRequest request, String token) {
		HttpResponse<byte[]> response = exchange(request, false, List.of(token));
		MetaUsage usage = MetaUsage.from(response.headers(), this.http.json());
		if (usage.nearLimit()) {
			throw new RateLimitedException(network(), usage.regainAt(this.clock).orElse(null),
					usage.regainMinutes() > 0);
		}
		return this.http.parse(response);
	}

	/**
	 * The call that makes a post live; its answer has an {@code id}. An answer we cannot
	 * read, or one without an id, leaves the outcome unknown.
	 */
	public JsonNode publish(HttpRequest request, String token) {
		HttpResponse<byte[]> response = exchange(request, true, List.of(token));
		try {
			JsonNode answer = this.http.parse(response);
			if (!answer.path("id").asString("").isBlank()) {
				return answer;
			}
		}
		catch (ChannelException ex) {
			// falls through: the post may exist even though the answer was garbled
		}
		throw new OutcomeUnknownException(network(), label(network()) + " accepted the post without saying its id",
				null);
	}

	/** Deletes an object; one that is already gone counts as deleted. */
	public void delete(URI uri, String token) {
		MetaErrors errors = errors(List.of(token));
		try {
			this.http.send(request(uri, token).DELETE().build(), errors, false);
		}
		catch (RejectedException ex) {
			if (!errors.last().isGone()) {
				throw errors.withGraphCode(ex);
			}
		}
	}

	/** A safe call whose request carries {@code secrets} (codes, client secrets). */
	public JsonNode send(HttpRequest request, boolean publish, List<String> secrets) {
		return this.http.parse(exchange(request, publish, secrets));
	}

	private HttpResponse<byte[]> exchange(HttpRequest request, boolean publish, List<String> secrets) {
		MetaErrors errors = errors(secrets);
		try {
			return this.http.send(request, errors, publish);
		}
		catch (RejectedException ex) {
			throw errors.withGraphCode(ex);
		}
	}

	private MetaErrors errors(List<String> secrets) {
		return new MetaErrors(network(), this.clock, this.http.json(), secrets);
	}

	/** The network's name for messages: "Facebook", "Instagram", "Threads". */
	public static String label(ChannelNetwork network) {
		String code = network.code();
		return Character.toUpperCase(code.charAt(0)) + code.substring(1);
	}

	private static String versionSegment(String version) {
		String trimmed = version.trim();
		return trimmed.startsWith("v") ? trimmed : "v" + trimmed;
	}

}
