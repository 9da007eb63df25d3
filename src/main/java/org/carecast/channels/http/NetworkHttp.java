package org.carecast.channels.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP plumbing every connector shares: one JDK client, timeouts, JSON, and the
 * translation of transport failures and status codes into {@link ChannelException}s. The
 * network-specific parts (where the error message sits, how the rate-limit reset is
 * given, which 4xx means "duplicate") come from the connector's {@link ErrorReader}.
 *
 * <p>
 * A call is either <em>safe</em> (a read, an upload, a container creation: a timeout
 * becomes a {@link TemporaryFailureException}) or a <em>publish</em> (a timeout or 5xx
 * becomes an {@link OutcomeUnknownException}, because the post may exist).
 */
public final class NetworkHttp {

	private final ChannelNetwork network;

	private final HttpClient client;

	private final Duration requestTimeout;

	private final JsonMapper json = JsonMapper.builder().build();

	public NetworkHttp(ChannelNetwork network, Duration connectTimeout, Duration requestTimeout) {
		this.network = network;
		this.requestTimeout = requestTimeout;
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	public NetworkHttp(ChannelNetwork network) {
		this(network, Duration.ofSeconds(5), Duration.ofSeconds(20));
	}

	public ChannelNetwork network() {
		return this.network;
	}

	/** A request builder with this client's timeout and a JSON accept header. */
	public HttpRequest.Builder request(java.net.URI uri) {
		return HttpRequest.newBuilder(uri).timeout(this.requestTimeout).header("Accept", "application/json");
	}

	/** Sends a safe call and returns the 2xx response's body as JSON. */
	public JsonNode safe(HttpRequest request, ErrorReader errors) {
		return parse(send(request, errors, false));
	}

	/** Sends a publish call and returns the 2xx response's body as JSON. */
	public JsonNode publish(HttpRequest request, ErrorReader errors) {
		return parse(send(request, errors, true));
	}

	/**
	 * Sends the request and returns any 2xx response; everything else becomes a
	 * {@link ChannelException}.
	 */
	public HttpResponse<byte[]> send(HttpRequest request, ErrorReader errors, boolean publish) {
		HttpResponse<byte[]> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (ConnectException ex) {
			// Nothing reached the network, so nothing can have been created.
			throw new TemporaryFailureException(this.network, "Could not reach " + label(), ex);
		}
		catch (HttpTimeoutException ex) {
			throw timeoutOrFailure(publish, label() + " did not answer in time", ex);
		}
		catch (IOException ex) {
			throw timeoutOrFailure(publish, "The connection to " + label() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw timeoutOrFailure(publish, "The call to " + label() + " was interrupted", ex);
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return response;
		}
		throw translate(response, errors, publish);
	}

	private ChannelException translate(HttpResponse<byte[]> response, ErrorReader errors, boolean publish) {
		int status = response.statusCode();
		JsonNode body = parseQuietly(response.body());
		ErrorReader.Kind kind = errors.classify(response, body);
		String message = errors.message(response, body);
		return switch (kind) {
			case RATE_LIMITED ->
				new RateLimitedException(this.network, errors.retryAt(response, body), errors.dailyCap(response, body));
			case AUTHORIZATION -> new AuthorizationExpiredException(this.network, message);
			case DUPLICATE -> new RejectedException(this.network, String.valueOf(status), message, true);
			case REJECTED -> new RejectedException(this.network, String.valueOf(status), message, false);
			case SERVER_ERROR -> timeoutOrFailure(publish, label() + " had an error (" + status + ")", null);
		};
	}

	private ChannelException timeoutOrFailure(boolean publish, String message, Throwable cause) {
		return publish ? new OutcomeUnknownException(this.network, message, cause)
				: new TemporaryFailureException(this.network, message, cause);
	}

	public JsonNode parse(HttpResponse<byte[]> response) {
		byte[] body = response.body();
		if (body == null || body.length == 0) {
			return this.json.missingNode();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new TemporaryFailureException(this.network, label() + " sent an answer Carecast could not read",
					null);
		}
	}

	private JsonNode parseQuietly(byte[] body) {
		if (body == null || body.length == 0) {
			return this.json.missingNode();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return this.json.missingNode();
		}
	}

	/** JSON request bodies. */
	public String toJson(Object value) {
		return this.json.writeValueAsString(value);
	}

	public JsonMapper json() {
		return this.json;
	}

	private String label() {
		String code = this.network.code();
		return Character.toUpperCase(code.charAt(0)) + code.substring(1);
	}

	/**
	 * How one network reports errors. The defaults read the status code: 401 means
	 * authorization, 429 rate limit, 5xx server error, any other 4xx a rejection.
	 */
	public interface ErrorReader {

		enum Kind {

			RATE_LIMITED, AUTHORIZATION, DUPLICATE, REJECTED, SERVER_ERROR

		}

		default Kind classify(HttpResponse<byte[]> response, JsonNode body) {
			int status = response.statusCode();
			if (status == 429) {
				return Kind.RATE_LIMITED;
			}
			if (status == 401) {
				return Kind.AUTHORIZATION;
			}
			if (status >= 500) {
				return Kind.SERVER_ERROR;
			}
			return Kind.REJECTED;
		}

		/** The network's reason in plain words; never the raw body. */
		String message(HttpResponse<byte[]> response, JsonNode body);

		/** When to try again after a rate limit, if the network says. */
		default java.time.Instant retryAt(HttpResponse<byte[]> response, JsonNode body) {
			return null;
		}

		default boolean dailyCap(HttpResponse<byte[]> response, JsonNode body) {
			return false;
		}

	}

}
