package org.carecast.channels.mastodon;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;

import org.jspecify.annotations.Nullable;

/**
 * Builds the HTTP requests Mastodon's API takes: JSON, form and multipart bodies, each
 * with the account's bearer token where one is needed.
 */
final class MastodonRequests {

	// Status, account and media ids are numeric strings; anything else in a path could
	// steer the call to another endpoint.
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final NetworkHttp http;

	MastodonRequests(NetworkHttp http) {
		this.http = http;
	}

	HttpRequest get(ChannelEndpoint endpoint, String pathAndQuery, String token) {
		return authorized(endpoint, pathAndQuery, token).GET().build();
	}

	HttpRequest delete(ChannelEndpoint endpoint, String path, String token) {
		return authorized(endpoint, path, token).DELETE().build();
	}

	HttpRequest postJson(ChannelEndpoint endpoint, String path, String token, String json,
			@Nullable String idempotencyKey) {
		HttpRequest.Builder builder = authorized(endpoint, path, token).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (idempotencyKey != null) {
			builder.header("Idempotency-Key", idempotencyKey);
		}
		return builder.build();
	}

	HttpRequest postForm(ChannelEndpoint endpoint, String path, Map<String, String> form, @Nullable String token) {
		HttpRequest.Builder builder = (token != null) ? authorized(endpoint, path, token)
				: this.http.request(endpoint.resolve(path));
		return builder.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form(form), StandardCharsets.UTF_8))
			.build();
	}

	HttpRequest postMultipart(ChannelEndpoint endpoint, String path, String token, MultipartBody body) {
		return authorized(endpoint, path, token).header("Content-Type", body.contentType())
			.POST(BodyPublishers.ofByteArray(body.bytes()))
			.build();
	}

	private HttpRequest.Builder authorized(ChannelEndpoint endpoint, String path, String token) {
		return this.http.request(endpoint.resolve(path)).header("Authorization", "Bearer " + token);
	}

	static String form(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** {@code value} if it is shaped like a Mastodon id, else a rejection. */
	static String id(@Nullable String value) {
		if (value == null || !ID.matcher(value).matches()) {
			throw new RejectedException(ChannelNetwork.MASTODON, "invalid_id", "Not a Mastodon id", false);
		}
		return value;
	}

	static URI origin(URI uri) {
		return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
	}

}
