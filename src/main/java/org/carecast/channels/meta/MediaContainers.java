package org.carecast.channels.meta;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;
import tools.jackson.databind.JsonNode;

/**
 * Instagram's and Threads' two-phase publishing: create containers (invisible, safe to
 * repeat), wait until Meta has fetched the media, then publish, the one call that makes
 * the post live.
 */
public final class MediaContainers {

	/**
	 * Images are usually ready within seconds; about a minute in all before giving up and
	 * letting the caller try again later, which only creates a fresh container.
	 */
	private static final List<Duration> POLL_WAITS = List.of(Duration.ZERO, Duration.ofSeconds(1),
			Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(5),
			Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(10), Duration.ofSeconds(10));

	private static final int MAX_REASON = 200;

	private final MetaGraph graph;

	private final ContainerApi api;

	public MediaContainers(MetaGraph graph, ContainerApi api) {
		this.graph = graph;
		this.api = api;
	}

	/**
	 * Creates the children (carousel items) and then the parent container, waits for it
	 * and publishes it.
	 * @param children the parameters of each carousel item; empty for a single container
	 * @param parent the parameters of the container that is published; gets
	 * {@code children} added when there are any
	 * @return the published media's id
	 */
	public String publish(ChannelSession session, List<Map<String, String>> children, Map<String, String> parent) {
		List<String> childIds = new ArrayList<>();
		for (Map<String, String> child : children) {
			childIds.add(create(session, child));
		}
		Map<String, String> parameters = new LinkedHashMap<>(parent);
		if (!childIds.isEmpty()) {
			parameters.put("children", String.join(",", childIds));
		}
		String containerId = create(session, parameters);
		awaitFinished(session, containerId);
		return this.graph
			.publish(this.graph.form(userUri(session, this.api.publishPath()), session.accessToken(),
					Map.of("creation_id", containerId)), session.accessToken())
			.path("id")
			.asString();
	}

	/**
	 * The published media with its public link. It is live by now, so a failed lookup
	 * only costs the link, never the result.
	 */
	public PublishedPost published(ChannelSession session, String mediaId) {
		try {
			return toPost(this.graph.read(this.graph.api(session.endpoint(), "/" + mediaId,
					Map.of("fields", "id,permalink,shortcode,timestamp")), session.accessToken()), mediaId);
		}
		catch (ChannelException ex) {
			return new PublishedPost(mediaId, null, this.graph.clock().instant(), Map.of());
		}
	}

	/** A media or reply item of a listing as a published post. */
	public PublishedPost toPost(JsonNode item, String fallbackId) {
		String shortcode = item.path("shortcode").asString("");
		return new PublishedPost(item.path("id").asString(fallbackId),
				GraphUrls.httpsLink(item.path("permalink").asString("")),
				GraphTime.parse(item.path("timestamp").asString("")).orElseGet(this.graph.clock()::instant),
				shortcode.isBlank() ? Map.of() : Map.of("shortcode", shortcode));
	}

	String create(ChannelSession session, Map<String, String> parameters) {
		JsonNode created = this.graph.create(
				this.graph.form(userUri(session, this.api.createPath()), session.accessToken(), parameters),
				session.accessToken());
		String id = created.path("id").asString("");
		if (id.isBlank()) {
			throw new TemporaryFailureException(this.graph.network(),
					MetaGraph.label(this.graph.network()) + " created a container without an id", null);
		}
		return id;
	}

	void awaitFinished(ChannelSession session, String containerId) {
		for (Duration wait : POLL_WAITS) {
			pause(wait);
			JsonNode container = this.graph.read(
					this.graph.api(session.endpoint(), "/" + containerId, Map.of("fields", this.api.statusFields())),
					session.accessToken());
			String status = container.path(this.api.statusField()).asString("");
			switch (status) {
				case "FINISHED" -> {
					return;
				}
				case "ERROR" -> throw new RejectedException(this.graph.network(), "container_error",
						label() + " could not use the media: " + reason(container), false);
				case "EXPIRED" -> throw new TemporaryFailureException(this.graph.network(),
						label() + " let the media container expire; a new one is needed", null);
				default -> {
					// IN_PROGRESS (or a status we do not know yet): keep waiting
				}
			}
		}
		throw new TemporaryFailureException(this.graph.network(), label() + " is still processing the media", null);
	}

	private String reason(JsonNode container) {
		String reason = container.path(this.api.reasonField()).asString("");
		if (reason.isBlank()) {
			return "no reason given";
		}
		return (reason.length() > MAX_REASON) ? reason.substring(0, MAX_REASON) + "…" : reason;
	}

	private java.net.URI userUri(ChannelSession session, String edge) {
		return this.graph.api(session.endpoint(), "/" + session.accountId() + edge, Map.of());
	}

	private String label() {
		return MetaGraph.label(this.graph.network());
	}

	private void pause(Duration wait) {
		if (wait.isZero()) {
			return;
		}
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TemporaryFailureException(this.graph.network(), "Waiting for the media was interrupted", ex);
		}
	}

}
