package org.carecast.channels.instagram;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.oauth.LoginConnector;
import org.carecast.channels.meta.ContainerApi;
import org.carecast.channels.meta.LongLivedTokens;
import org.carecast.channels.meta.MediaContainers;
import org.carecast.channels.meta.MetaGraph;
import org.carecast.channels.meta.MetaLogin;
import org.carecast.channels.meta.MetaMessages;
import org.carecast.channels.meta.PublicImages;
import org.carecast.channels.meta.RecentPosts;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Instagram content publishing with Instagram Login ({@code graph.instagram.com}). There
 * are no text-only posts and no uploads: Meta fetches each image from its public URL into
 * a container, and {@code media_publish} makes it live. Replies answer comments.
 * Published feed media cannot be deleted through the API.
 */
@Component
public final class InstagramConnector extends LoginConnector {

	private static final int MAX_CAROUSEL = 10;

	private static final String SCOPES = "instagram_business_basic,instagram_business_content_publish,"
			+ "instagram_business_manage_comments,instagram_business_manage_insights";

	private final MetaGraph graph;

	private final MetaLogin login;

	private final MediaContainers containers;

	private final InstagramComments comments;

	@Autowired
	public InstagramConnector(Clock clock) {
		this(new NetworkHttp(ChannelNetwork.INSTAGRAM), clock);
	}

	public InstagramConnector(NetworkHttp http, Clock clock) {
		super(ChannelNetwork.INSTAGRAM);
		this.graph = new MetaGraph(http, clock);
		this.comments = new InstagramComments(this.graph);
		this.login = new MetaLogin(this.graph, new LongLivedTokens(this.graph, "ig_exchange_token", "ig_refresh_token"),
				"www.", "api.", SCOPES);
		this.containers = new MediaContainers(this.graph, ContainerApi.INSTAGRAM);
	}

	@Override
	protected ChannelLogin login() {
		return this.login;
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		if (post.isReply()) {
			URI uri = this.graph.api(session.endpoint(), "/" + post.replyToRemoteId() + "/replies", Map.of());
			String id = this.graph
				.publish(this.graph.form(uri, session.accessToken(), Map.of("message", post.text())),
						session.accessToken())
				.path("id")
				.asString();
			return new PublishedPost(id, null, this.graph.clock().instant(), Map.of());
		}
		if (post.media().isEmpty()) {
			throw new RejectedException(network(), "image_required", "Instagram posts need at least one image", false);
		}
		PublicImages.check(network(), post.media(), MAX_CAROUSEL);
		List<Map<String, String>> children = new ArrayList<>();
		Map<String, String> parent = new LinkedHashMap<>();
		if (post.media().size() == 1) {
			parent.putAll(PublicImages.fields(post.media().get(0)));
		}
		else {
			for (OutboundMedia media : post.media()) {
				Map<String, String> child = PublicImages.fields(media);
				child.put("is_carousel_item", "true");
				children.add(child);
			}
			parent.put("media_type", "CAROUSEL");
		}
		parent.put("caption", post.text());
		return this.containers.published(session, this.containers.publish(session, children, parent));
	}

	/**
	 * After an unknown outcome the container's fate is not known here (it was never
	 * stored), so the account's newest media, or the comment's replies, are read instead.
	 */
	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		if (post.isReply()) {
			URI uri = this.graph.api(session.endpoint(), "/" + post.replyToRemoteId() + "/replies",
					Map.of("fields", "id,text,timestamp"));
			return new RecentPosts("text", "timestamp")
				.find(this.graph.read(uri, session.accessToken()), post.text(), notBefore)
				.map((item) -> this.containers.toPost(item, ""));
		}
		URI uri = this.graph.api(session.endpoint(), "/" + session.accountId() + "/media",
				Map.of("fields", "id,caption,timestamp,permalink", "limit", "5"));
		return new RecentPosts("caption", "timestamp")
			.find(this.graph.read(uri, session.accessToken()), post.text(), notBefore)
			.map((item) -> this.containers.toPost(item, ""));
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		throw new RejectedException(network(), "delete_unsupported",
				"Instagram does not let apps delete published posts; remove it in the Instagram app", false);
	}

	@Override
	public Set<InboundStream> inboundStreams() {
		return Set.of(InboundStream.COMMENTS);
	}

	@Override
	public InboundPage readInbound(ChannelSession session, InboundStream stream, @Nullable String cursor) {
		if (stream != InboundStream.COMMENTS) {
			return super.readInbound(session, stream, cursor);
		}
		return this.comments.read(session, cursor);
	}

	/** {@code POST /{ig-comment-id}?hide=true} (platform-apis.md §5.2). */
	@Override
	public ModerationOutcome hideComment(ChannelSession session, String remoteId, boolean hidden) {
		if (remoteId == null || !remoteId.matches("[0-9]{1,30}")) {
			return new ModerationOutcome.Failed("That is not an Instagram comment id.");
		}
		URI uri = this.graph.api(session.endpoint(), "/" + remoteId, Map.of("hide", String.valueOf(hidden)));
		this.graph.send(
				this.graph.request(uri, session.accessToken()).POST(HttpRequest.BodyPublishers.noBody()).build(), false,
				List.of(session.accessToken()));
		return new ModerationOutcome.Done();
	}

	@Override
	public ModerationOutcome deleteComment(ChannelSession session, String remoteId) {
		if (remoteId == null || !remoteId.matches("[0-9]{1,30}")) {
			return new ModerationOutcome.Failed("That is not an Instagram comment id.");
		}
		this.graph.delete(this.graph.api(session.endpoint(), "/" + remoteId, Map.of()), session.accessToken());
		return new ModerationOutcome.Done();
	}

	/** Instagram Messaging, within 24 hours of the person's last message (§5.5). */
	@Override
	public PublishedPost sendMessage(ChannelSession session, String conversationId, OutboundPost post) {
		return MetaMessages.send(this.graph, session, conversationId, post, Map.of());
	}

}
