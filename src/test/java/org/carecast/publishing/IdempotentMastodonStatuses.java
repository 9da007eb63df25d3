package org.carecast.publishing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock extension that answers {@code POST /api/v1/statuses} as a Mastodon server
 * does with an {@code Idempotency-Key} (platform-apis.md §1.4): the first request with a
 * key creates a status, every repeat returns that same status. The status is created the
 * moment the request arrives, before any delay of the stub, so a client that dies while
 * waiting for the answer has published it all the same, as on a real server.
 */
final class IdempotentMastodonStatuses implements ResponseDefinitionTransformerV2 {

	static final String NAME = "idempotent-mastodon-statuses";

	private final AtomicLong ids = new AtomicLong(113507234987654321L);

	private final Map<String, Created> statuses = new ConcurrentHashMap<>();

	/** One status the server created. */
	record Created(String id, Instant at) {
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		String key = serveEvent.getRequest().header("Idempotency-Key").firstValue();
		if (key == null || key.isBlank()) {
			return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
				.but()
				.withStatus(422)
				.withBody("{\"error\":\"Validation failed: this stub wants an Idempotency-Key\"}")
				.build();
		}
		Created status = this.statuses.computeIfAbsent(key,
				(k) -> new Created(String.valueOf(this.ids.incrementAndGet()), Instant.now()));
		return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
			.but()
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{ "id": "%s", "created_at": "%s", "in_reply_to_id": null, "visibility": "public",
					  "uri": "https://social.example/users/cityclinic/statuses/%s",
					  "url": "https://social.example/@cityclinic/%s",
					  "account": { "id": "109876", "username": "cityclinic", "acct": "cityclinic" },
					  "media_attachments": [], "mentions": [], "tags": [] }
					""".formatted(status.id(), status.at(), status.id(), status.id()))
			.build();
	}

	/** The statuses created so far, by idempotency key. */
	Map<String, Created> created() {
		return Map.copyOf(this.statuses);
	}

}
