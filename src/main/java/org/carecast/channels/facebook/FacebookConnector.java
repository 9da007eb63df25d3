package org.carecast.channels.facebook;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.meta.MetaMessages;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.oauth.LoginConnector;
import org.carecast.channels.meta.GraphTime;
import org.carecast.channels.meta.GraphUrls;
import org.carecast.channels.meta.MetaGraph;
import org.carecast.channels.meta.RecentPosts;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Facebook Pages through the Graph API, posting as the Page with its Page token. Text and
 * link posts go to {@code /feed}; one photo is one {@code /photos} call; several photos
 * are uploaded unpublished and attached to one {@code /feed} post. Facebook keeps no
 * idempotency key (a quick resend gets #506), so the duplicate check reads the Page's
 * recent posts.
 */
@Component
public final class FacebookConnector extends LoginConnector {

	private static final RecentPosts RECENT = new RecentPosts("message", "created_time");

	private final MetaGraph graph;

	private final FacebookAuth auth;

	private final FacebookPhotos photos;

	private final FacebookInbound inbound;

	@Autowired
	public FacebookConnector(Clock clock) {
		this(new NetworkHttp(ChannelNetwork.FACEBOOK), clock);
	}

	public FacebookConnector(NetworkHttp http, Clock clock) {
		super(ChannelNetwork.FACEBOOK);
		this.graph = new MetaGraph(http, clock);
		this.auth = new FacebookAuth(this.graph);
		this.photos = new FacebookPhotos(this.graph);
		this.inbound = new FacebookInbound(this.graph);
	}

	@Override
	protected ChannelLogin login() {
		return this.auth;
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		if (post.media().stream().anyMatch(OutboundMedia::isVideo)) {
			throw new RejectedException(network(), "video_unsupported", "Carecast cannot post video to Facebook yet",
					false);
		}
		if (post.isReply()) {
			return permalink(session, comment(session, post));
		}
		if (post.media().size() == 1) {
			JsonNode photo = this.photos.publish(session, post.media().get(0), post.text());
			return permalink(session, photo.path("post_id").asString(photo.path("id").asString()));
		}
		List<String> photoIds = new ArrayList<>();
		for (OutboundMedia media : post.media()) {
			photoIds.add(this.photos.uploadUnpublished(session, media));
		}
		return permalink(session, feed(session, post, photoIds));
	}

	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		URI uri = post.isReply()
				? this.graph.api(session.endpoint(), "/" + post.replyToRemoteId() + "/comments",
						Map.of("fields", "id,message,created_time,permalink_url", "filter", "stream", "order",
								"reverse_chronological", "limit", "25"))
				: this.graph.api(session.endpoint(), "/" + session.accountId() + "/published_posts", Map.of("fields",
						"id,message,created_time,permalink_url,attachments{target{id}}", "limit", "10"));
		return RECENT.find(this.graph.read(uri, session.accessToken()), post.text(), notBefore).map(this::toPost);
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		this.graph.delete(this.graph.api(session.endpoint(), "/" + remoteId, Map.of()), session.accessToken());
	}

	private String feed(ChannelSession session, OutboundPost post, List<String> photoIds) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", post.text());
		// A link card and attached photos exclude each other; with photos the link stays
		// in
		// the text.
		if (post.link() != null && photoIds.isEmpty()) {
			body.put("link", post.link());
		}
		if (!photoIds.isEmpty()) {
			body.put("attached_media", photoIds.stream().map((id) -> Map.of("media_fbid", id)).toList());
		}
		body.put("published", true);
		URI uri = this.graph.api(session.endpoint(), "/" + session.accountId() + "/feed", Map.of());
		return this.graph.publish(this.graph.json(uri, session.accessToken(), body), session.accessToken())
			.path("id")
			.asString();
	}

	private String comment(ChannelSession session, OutboundPost post) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", post.text());
		post.media()
			.stream()
			.filter((media) -> media.publicUrl() != null)
			.findFirst()
			.ifPresent((media) -> body.put("attachment_url", media.publicUrl().toString()));
		URI uri = this.graph.api(session.endpoint(), "/" + post.replyToRemoteId() + "/comments", Map.of());
		return this.graph.publish(this.graph.json(uri, session.accessToken(), body), session.accessToken())
			.path("id")
			.asString();
	}

	/**
	 * The post with its public link. The post exists by now, so a failed lookup only
	 * costs the link, never the result.
	 */
	private PublishedPost permalink(ChannelSession session, String postId) {
		try {
			JsonNode found = this.graph.read(
					this.graph.api(session.endpoint(), "/" + postId, Map.of("fields", "permalink_url,created_time")),
					session.accessToken());
			return new PublishedPost(postId, url(found), created(found), Map.of());
		}
		catch (ChannelException ex) {
			return new PublishedPost(postId, null, this.graph.clock().instant(), Map.of());
		}
	}

	private PublishedPost toPost(JsonNode item) {
		return new PublishedPost(item.path("id").asString(), url(item), created(item), Map.of());
	}

	private Instant created(JsonNode item) {
		return GraphTime.parse(item.path("created_time").asString("")).orElseGet(this.graph.clock()::instant);
	}

	private static URI url(JsonNode item) {
		return GraphUrls.httpsLink(item.path("permalink_url").asString(""));
	}

	@Override
	public Set<InboundStream> inboundStreams() {
		return Set.of(InboundStream.COMMENTS, InboundStream.DIRECT_MESSAGES);
	}

	@Override
	public InboundPage readInbound(ChannelSession session, InboundStream stream, @Nullable String cursor) {
		return switch (stream) {
			case COMMENTS -> this.inbound.comments(session, cursor);
			case DIRECT_MESSAGES -> this.inbound.messages(session, cursor);
			case MENTIONS -> super.readInbound(session, stream, cursor);
		};
	}

	/**
	 * {@code POST /{comment-id}} with {@code is_hidden}
	 * ({@code pages_manage_engagement}).
	 */
	@Override
	public ModerationOutcome hideComment(ChannelSession session, String remoteId, boolean hidden) {
		if (!GraphIds.valid(remoteId)) {
			return new ModerationOutcome.Failed("That is not a Facebook comment id.");
		}
		URI uri = this.graph.api(session.endpoint(), "/" + remoteId, Map.of());
		this.graph.send(this.graph.form(uri, session.accessToken(), Map.of("is_hidden", String.valueOf(hidden))), false,
				List.of(session.accessToken()));
		return new ModerationOutcome.Done();
	}

	@Override
	public ModerationOutcome deleteComment(ChannelSession session, String remoteId) {
		if (!GraphIds.valid(remoteId)) {
			return new ModerationOutcome.Failed("That is not a Facebook comment id.");
		}
		this.graph.delete(this.graph.api(session.endpoint(), "/" + remoteId, Map.of()), session.accessToken());
		return new ModerationOutcome.Done();
	}

	/**
	 * A Messenger answer to the person's page-scoped id, allowed within 24 hours of their
	 * last message (platform-apis.md §4.5); Meta refuses later ones with code 10.
	 */
	@Override
	public PublishedPost sendMessage(ChannelSession session, String conversationId, OutboundPost post) {
		return MetaMessages.send(this.graph, session, conversationId, post, Map.of("messaging_type", "RESPONSE"));
	}

}
