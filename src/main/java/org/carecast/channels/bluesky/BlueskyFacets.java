package org.carecast.channels.bluesky;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.carecast.channels.ChannelSession;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the links, mentions and tags in a post into {@code app.bsky.richtext.facet}s with
 * UTF-8 byte ranges (platform-apis.md §2.2). A mention needs the account's DID, so each
 * handle is resolved; one that does not resolve stays plain text, as in the official app.
 */
final class BlueskyFacets {

	private static final String FACET = "app.bsky.richtext.facet";

	private final NetworkHttp http;

	private final XrpcRequests requests;

	private final FacetScanner scanner = new FacetScanner();

	BlueskyFacets(NetworkHttp http, XrpcRequests requests) {
		this.http = http;
		this.requests = requests;
	}

	ArrayNode facets(ChannelSession session, String text) {
		ArrayNode facets = this.http.json().createArrayNode();
		Map<String, Optional<String>> dids = new HashMap<>();
		for (FacetSpan span : this.scanner.scan(text)) {
			ObjectNode feature = this.http.json().createObjectNode();
			switch (span.kind()) {
				case LINK -> feature.put("$type", FACET + "#link").put("uri", span.value());
				case TAG -> feature.put("$type", FACET + "#tag").put("tag", span.value());
				case MENTION -> {
					Optional<String> did = dids.computeIfAbsent(span.value().toLowerCase(java.util.Locale.ROOT),
							(handle) -> resolve(session, handle));
					if (did.isEmpty()) {
						continue;
					}
					feature.put("$type", FACET + "#mention").put("did", did.get());
				}
			}
			ObjectNode facet = facets.addObject();
			facet.putObject("index")
				.put("byteStart", BlueskyText.utf8Offset(text, span.start()))
				.put("byteEnd", BlueskyText.utf8Offset(text, span.end()));
			facet.putArray("features").add(feature);
		}
		return facets;
	}

	private Optional<String> resolve(ChannelSession session, String handle) {
		try {
			JsonNode answer = this.http.safe(this.requests.query(session.endpoint(),
					"com.atproto.identity.resolveHandle", session.accessToken(), "handle", handle),
					new BlueskyErrorReader());
			String did = answer.path("did").stringValue(null);
			return (did != null && did.startsWith("did:")) ? Optional.of(did) : Optional.empty();
		}
		catch (RejectedException ex) {
			// HandleNotFound (or a handle Bluesky finds malformed): leave it as text.
			return Optional.empty();
		}
	}

}
