package org.carecast.channels.linkedin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RejectedException;
import org.carecast.channels.http.NetworkHttp;
import org.carecast.channels.internal.ChannelsProperties;
import org.carecast.channels.oauth.ChannelLogin;
import org.carecast.channels.oauth.LoginConnector;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A client of LinkedIn's versioned Posts and Community Management APIs (platform-apis.md
 * §7): OAuth 2.0, posts with images and alt text, replies as comments, delete, comments
 * read back for an organization's inbox ({@link LinkedInInbound}), and the duplicate
 * check LinkedIn needs because it keeps no idempotency key. Quirks worth knowing:
 * commentary is "little" text whose reserved characters are escaped here, because
 * LinkedIn silently cuts a post at an unescaped one; the new post's URN comes in a
 * header; a repeated post is a 422 naming the original; limits are daily and come without
 * headers.
 *
 * <p>
 * The account is the member who signed in ({@code urn:li:person:…}). To post as a Page,
 * the member's chosen organization URN is kept in the credentials' extra values under
 * {@link #ORGANIZATION_URN}; it then becomes the author and the image owner.
 */
@Component
public final class LinkedInConnector extends LoginConnector {

	/** Extra credential value: the organization the member posts for, if any. */
	public static final String ORGANIZATION_URN = "organizationUrn";

	/** Extra credential value: the member who connected the account. */
	public static final String PERSON_URN = "personUrn";

	private final LinkedInOAuth oauth;

	private final LinkedInImageUpload images;

	private final LinkedInPosts posts;

	private final LinkedInComments comments;

	private final LinkedInInbound inbound;

	private final LinkedInNotifications notifications;

	@Autowired
	public LinkedInConnector(Clock clock, ChannelsProperties properties) {
		this(new NetworkHttp(ChannelNetwork.LINKEDIN), clock, properties.linkedinOrganizationPages());
	}

	public LinkedInConnector(Clock clock) {
		this(new NetworkHttp(ChannelNetwork.LINKEDIN), clock);
	}

	public LinkedInConnector(NetworkHttp http, Clock clock) {
		this(http, clock, false);
	}

	/**
	 * @param organizationPages whether the sign-in asks for the organization scopes
	 */
	public LinkedInConnector(NetworkHttp http, Clock clock, boolean organizationPages) {
		this(http, clock, Duration.ofSeconds(2), organizationPages);
	}

	LinkedInConnector(NetworkHttp http, Clock clock, Duration imagePollInterval) {
		this(http, clock, imagePollInterval, false);
	}

	LinkedInConnector(NetworkHttp http, Clock clock, Duration imagePollInterval, boolean organizationPages) {
		super(ChannelNetwork.LINKEDIN);
		LinkedInRequests requests = new LinkedInRequests(http);
		LinkedInErrors errors = new LinkedInErrors(clock);
		this.oauth = new LinkedInOAuth(requests, errors, clock, organizationPages);
		this.images = new LinkedInImageUpload(requests, errors, imagePollInterval, 5);
		this.posts = new LinkedInPosts(requests, errors, clock);
		this.comments = new LinkedInComments(requests, errors, clock);
		this.inbound = new LinkedInInbound(requests, errors, this.posts, clock);
		this.notifications = new LinkedInNotifications(requests, errors, this.inbound, clock);
	}

	@Override
	protected ChannelLogin login() {
		return this.oauth;
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		String author = author(session);
		if (post.isReply()) {
			if (!post.media().isEmpty()) {
				throw new RejectedException(ChannelNetwork.LINKEDIN, "unsupported_media",
						"LinkedIn comments from Carecast carry text only", false);
			}
			return this.comments.reply(session, author, post);
		}
		List<LinkedInBodies.Image> uploaded = post.media()
			.stream()
			.map((media) -> new LinkedInBodies.Image(this.images.upload(session, author, media), media.altText()))
			.toList();
		return this.posts.create(session, author, post.text(), uploaded);
	}

	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		String author = author(session);
		return post.isReply() ? this.comments.find(session, author, post, notBefore)
				: this.posts.find(session, author, post, notBefore);
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		if (!LinkedInUrns.isPost(remoteId)) {
			throw new RejectedException(ChannelNetwork.LINKEDIN, "invalid_id",
					"Carecast can delete LinkedIn posts only, not comments or other items", false);
		}
		this.posts.delete(session, remoteId);
	}

	@Override
	public Set<InboundStream> inboundStreams() {
		return Set.of(InboundStream.COMMENTS, InboundStream.MENTIONS);
	}

	/**
	 * Comments on an organization's posts, and its notifications. A member's own posts
	 * cannot be read: that needs {@code r_member_social}, which LinkedIn grants to few
	 * apps, and notifications exist for organizations only (platform-apis.md §7.5); so a
	 * member account is refused in words rather than polled into 403s.
	 */
	@Override
	public InboundPage readInbound(ChannelSession session, InboundStream stream, @Nullable String cursor) {
		if (stream == InboundStream.DIRECT_MESSAGES) {
			return super.readInbound(session, stream, cursor);
		}
		String author = author(session);
		if (!isOrganization(author)) {
			throw new RejectedException(ChannelNetwork.LINKEDIN, "stream_unsupported",
					"LinkedIn does not let Carecast read comments or mentions of a personal profile, only of an organization Page.",
					false);
		}
		return (stream == InboundStream.COMMENTS) ? this.inbound.comments(session, author, cursor)
				: this.notifications.read(session, author, cursor);
	}

	private static boolean isOrganization(String urn) {
		return urn.startsWith("urn:li:organization:");
	}

	private static String author(ChannelSession session) {
		String organization = session.credentials().extra().get(ORGANIZATION_URN);
		return (organization != null && isOrganization(organization)) ? organization : session.accountId();
	}

}
