package org.carecast.channels.bluesky;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Builds XRPC calls (platform-apis.md §2): queries are {@code GET /xrpc/{nsid}?params},
 * procedures {@code POST /xrpc/{nsid}} with JSON, raw bytes (blobs) or no body at all.
 */
final class XrpcRequests {

	static final String PROXY_HEADER = "atproto-proxy";

	static final String CHAT_SERVICE = "did:web:api.bsky.chat#bsky_chat";

	private final NetworkHttp http;

	XrpcRequests(NetworkHttp http) {
		this.http = http;
	}

	/** A query; {@code params} are names and values in turn, sent in that order. */
	HttpRequest query(ChannelEndpoint endpoint, String nsid, String token, String... params) {
		StringJoiner query = new StringJoiner("&");
		for (int i = 0; i + 1 < params.length; i += 2) {
			query.add(encode(params[i]) + "=" + encode(params[i + 1]));
		}
		return call(endpoint, nsid + ((query.length() == 0) ? "" : "?" + query), token).GET().build();
	}

	HttpRequest procedure(ChannelEndpoint endpoint, String nsid, @Nullable String token, JsonNode body) {
		return call(endpoint, nsid, token).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(this.http.toJson(body), StandardCharsets.UTF_8))
			.build();
	}

	/**
	 * A chat query: sent to the account's PDS, which forwards it to the chat service the
	 * {@code atproto-proxy} header names (platform-apis.md §2, "Chat/DMs").
	 */
	HttpRequest chatQuery(ChannelEndpoint endpoint, String nsid, String token, String... params) {
		return HttpRequest.newBuilder(query(endpoint, nsid, token, params), (name, value) -> true)
			.header(PROXY_HEADER, CHAT_SERVICE)
			.build();
	}

	HttpRequest chatProcedure(ChannelEndpoint endpoint, String nsid, String token, JsonNode body) {
		return HttpRequest.newBuilder(procedure(endpoint, nsid, token, body), (name, value) -> true)
			.header(PROXY_HEADER, CHAT_SERVICE)
			.build();
	}

	HttpRequest procedureWithoutBody(ChannelEndpoint endpoint, String nsid, String token) {
		return call(endpoint, nsid, token).POST(BodyPublishers.noBody()).build();
	}

	HttpRequest upload(ChannelEndpoint endpoint, String token, byte[] content, String mimeType) {
		return call(endpoint, "com.atproto.repo.uploadBlob", token).header("Content-Type", mimeType)
			.POST(BodyPublishers.ofByteArray(content))
			.build();
	}

	private HttpRequest.Builder call(ChannelEndpoint endpoint, String nsidAndQuery, @Nullable String token) {
		HttpRequest.Builder builder = this.http.request(endpoint.resolve("/xrpc/" + nsidAndQuery));
		return (token != null) ? builder.header("Authorization", "Bearer " + token) : builder;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
