package org.carecast.channels.threads;

import java.net.URI;
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
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.oauth.LoginConnector;
import org.carecast.channels.meta.ContainerApi;
import org.carecast.channels.meta.LongLivedTokens;
import org.carecast.channels.meta.MediaContainers;
import org.carecast.channels.meta.MetaGraph;
import org.carecast.channels.meta.MetaLogin;
import org.carecast.channels.meta.PublicImages;
import org.carecast.channels.meta.RecentPosts;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Threads ({@code graph.threads.net}): two-phase like Instagram, but text-only posts
 * exist, replies are ordinary containers with {@code reply_to_id}, and posts can be
 * deleted.
 */
@Component
public final class ThreadsConnector extends LoginConnector {

	private static final int MAX_CAROUSEL = 20;

	private static final RecentPosts RECENT = new RecentPosts("text", "timestamp");

	private static final String SCOPES = "threads_basic,threads_content_publish,threads_read_replies,"
			+ "threads_manage_replies,threads_manage_insights,threads_manage_mentions,threads_delete";

	private final MetaGraph graph;

	private final MetaLogin login;

	private final MediaContainers containers;

	private final ThreadsReplies replies;

	@Autowired
	public ThreadsConnector(Clock clock) {
		this(new NetworkHttp(ChannelNetwork.THREADS), clock);
	}

	public ThreadsConnector(NetworkHttp http, Clock clock) {
		super(ChannelNetwork.THREADS);
		this.graph = new MetaGraph(http, clock);
		this.login = new MetaLogin(this.graph, new LongLivedTokens(this.graph, "th_exchange_token", "th_refresh_token"),
				"", "graph.", SCOPES);
		this.containers = new MediaContainers(this.graph, ContainerApi.THREADS);
		this.replies = new ThreadsReplies(this.graph);
	}

	/** Replies under the account's posts; Threads has no direct messages. */
	@Override
	public Set<InboundStream> inboundStreams() {
		return Set.of(InboundStream.COMMENTS);
	}

	@Override
	public InboundPage readInbound(ChannelSession session, InboundStream stream, @Nullable String cursor) {
		if (stream != InboundStream.COMMENTS) {
			return super.readInbound(session, stream, cursor);
		}
		return this.replies.read(session, cursor);
	}

	@Override
	protected ChannelLogin login() {
		return this.login;
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		PublicImages.check(network(), post.media(), MAX_CAROUSEL);
		List<Map<String, String>> children = new ArrayList<>();
		Map<String, String> parent = new LinkedHashMap<>();
		if (post.media().isEmpty()) {
			parent.put("media_type", "TEXT");
			if (post.link() != null) {
				parent.put("link_attachment", post.link());
			}
		}
		else if (post.media().size() == 1) {
			parent.putAll(image(post.media().get(0)));
		}
		else {
			for (OutboundMedia media : post.media()) {
				Map<String, String> child = image(media);
				child.put("is_carousel_item", "true");
				children.add(child);
			}
			parent.put("media_type", "CAROUSEL");
		}
		parent.put("text", post.text());
		if (post.isReply()) {
			parent.put("reply_to_id", post.replyToRemoteId());
		}
		return this.containers.published(session, this.containers.publish(session, children, parent));
	}

	/**
	 * After an unknown outcome the container's fate is not known here (it was never
	 * stored), so the account's newest posts, or the replies to the post answered, are
	 * read instead.
	 */
	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		URI uri = post.isReply()
				? this.graph.api(session.endpoint(), "/" + post.replyToRemoteId() + "/replies",
						Map.of("fields", "id,text,timestamp,permalink"))
				: this.graph.api(session.endpoint(), "/" + session.accountId() + "/threads",
						Map.of("fields", "id,text,timestamp,permalink", "limit", "5"));
		return RECENT.find(this.graph.read(uri, session.accessToken()), post.text(), notBefore)
			.map((item) -> this.containers.toPost(item, ""));
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		this.graph.delete(this.graph.api(session.endpoint(), "/" + remoteId, Map.of()), session.accessToken());
	}

	private static Map<String, String> image(OutboundMedia media) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("media_type", "IMAGE");
		fields.putAll(PublicImages.fields(media));
		return fields;
	}

	/**
	 * {@code POST /{reply-id}/manage_reply} with {@code hide} (platform-apis.md §6.2).
	 */
	@Override
	public ModerationOutcome hideComment(ChannelSession session, String remoteId, boolean hidden) {
		if (remoteId == null || !remoteId.matches("[0-9]{1,30}")) {
			return new ModerationOutcome.Failed("That is not a Threads reply id.");
		}
		URI uri = this.graph.api(session.endpoint(), "/" + remoteId + "/manage_reply", Map.of());
		this.graph.send(this.graph.form(uri, session.accessToken(), Map.of("hide", String.valueOf(hidden))), false,
				List.of(session.accessToken()));
		return new ModerationOutcome.Done();
	}

	@Override
	public ModerationOutcome deleteComment(ChannelSession session, String remoteId) {
		return new ModerationOutcome.NotSupported(
				"Threads lets an account delete only its own posts. Hide the reply instead, or report it on Threads.");
	}

}
