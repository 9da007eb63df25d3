package org.carecast.channels.sandbox;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;
import org.carecast.channels.internal.ChannelAccountStore;
import org.carecast.channels.internal.Pkce;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The built-in sandbox network: a local stand-in that behaves like a real one (OAuth with
 * PKCE, expiring tokens, an idempotency key, replies, deletes) and stores posts in
 * Carecast's own database, so a newcomer can try every flow without an account anywhere.
 *
 * <p>
 * Its authorization server approves at once: the authorize URL is Carecast's own callback
 * carrying a code derived from the PKCE challenge, and the code exchange checks the
 * verifier against it, as a real server would.
 */
@Component
public class SandboxConnector implements ChannelConnector {

	static final Duration TOKEN_LIFETIME = Duration.ofHours(2);

	static final int MAX_TEXT = 5000;

	static final int INBOUND_PAGE = 50;

	private static final String CODE_PREFIX = "sandbox.";

	private final SandboxPosts posts;

	private final ChannelAccountStore accounts;

	private final SandboxFaults faults;

	private final SandboxInbound inbound;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SandboxConnector(SandboxPosts posts, ChannelAccountStore accounts, SandboxFaults faults, SandboxInbound inbound,
			Clock clock) {
		this.posts = posts;
		this.accounts = accounts;
		this.faults = faults;
		this.inbound = inbound;
		this.clock = clock;
	}

	@Override
	public ChannelNetwork network() {
		return ChannelNetwork.SANDBOX;
	}

	@Override
	public URI authorizationUrl(AuthorizationRequest request) {
		return UriComponentsBuilder.fromUri(request.redirectUri())
			.queryParam("code", CODE_PREFIX + request.codeChallenge())
			.queryParam("state", request.state())
			.build()
			.toUri();
	}

	@Override
	public ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		if (code == null || !code.equals(CODE_PREFIX + Pkce.challengeOf(codeVerifier))) {
			throw new RejectedException(network(), "invalid_grant",
					"The sandbox did not accept that authorization code.", false);
		}
		return newAccount();
	}

	/** A fresh sandbox account, as if someone had just signed up and granted access. */
	public ChannelCredentials newAccount() {
		String id = HexFormat.of().formatHex(bytes(6));
		return new ChannelCredentials(token("sbx_"), token("sbxr_"), this.clock.instant().plus(TOKEN_LIFETIME),
				"sandbox-" + id, "@clinic-" + id.substring(0, 6) + ".sandbox", Map.of());
	}

	@Override
	public ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		if (this.faults.next(true).isPresent() || credentials.refreshToken() == null) {
			throw new AuthorizationExpiredException(network(), "The sandbox refused the refresh token");
		}
		return credentials.refreshed(token("sbx_"), token("sbxr_"), this.clock.instant().plus(TOKEN_LIFETIME));
	}

	@Override
	public void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		// Sandbox tokens are checked against nothing, so there is nothing to revoke.
	}

	@Override
	public PublishedPost publish(ChannelSession session, OutboundPost post) {
		Optional<SandboxFault> fault = this.faults.next(false);
		if (fault.isPresent() && fault.get() != SandboxFault.OUTCOME_UNKNOWN_AFTER_CREATE) {
			throw failure(fault.get());
		}
		UUID organizationId = this.accounts.organizationOf(network(), session.accountId())
			.orElseThrow(() -> new AuthorizationExpiredException(network(), "The sandbox does not know this account"));
		validate(organizationId, post);
		PublishedPost published = store(organizationId, session.accountId(), post);
		if (fault.isPresent()) {
			throw failure(fault.get());
		}
		return published;
	}

	@Override
	public Optional<PublishedPost> findPublished(ChannelSession session, OutboundPost post, Instant notBefore) {
		return this.posts.byKey(session.accountId(), post.idempotencyKey())
			.filter((found) -> !found.deleted() && !found.createdAt().isBefore(notBefore))
			.map(SandboxConnector::published);
	}

	@Override
	public void delete(ChannelSession session, String remoteId) {
		this.posts.markDeleted(session.accountId(), remoteId);
	}

	/** The record key (sandbox: the idempotency key) stays unique for good. */
	@Override
	public Duration idempotencyWindow() {
		return ChannelConnector.FOREVER;
	}

	private void validate(UUID organizationId, OutboundPost post) {
		if (post.text().isBlank() && post.media().isEmpty()) {
			throw new RejectedException(network(), "empty", "A post needs text or an image.", false);
		}
		if (post.text().length() > MAX_TEXT) {
			throw new RejectedException(network(), "too_long", "The sandbox takes at most " + MAX_TEXT + " characters.",
					false);
		}
		if (post.isReply() && !this.posts.exists(organizationId, post.replyToRemoteId())
				&& !this.inbound.exists(organizationId, post.replyToRemoteId())) {
			throw new RejectedException(network(), "no_parent", "The post being answered does not exist.", false);
		}
	}

	private PublishedPost store(UUID organizationId, String account, OutboundPost post) {
		Optional<SandboxPost> earlier = this.posts.byKey(account, post.idempotencyKey());
		if (earlier.isPresent()) {
			return published(earlier.get());
		}
		SandboxPost created = new SandboxPost(UUID.randomUUID(), organizationId, account, null,
				"sbx-" + HexFormat.of().formatHex(bytes(8)), post.text(), post.replyToRemoteId(), post.idempotencyKey(),
				post.media().size(), this.clock.instant(), false);
		try {
			this.posts.insert(created);
			return published(created);
		}
		catch (DuplicateKeyException ex) {
			// The same key sent twice at once: the first one stored is the post.
			return this.posts.byKey(account, post.idempotencyKey()).map(SandboxConnector::published).orElseThrow();
		}
	}

	private ChannelException failure(SandboxFault fault) {
		return switch (fault) {
			case RATE_LIMITED -> new RateLimitedException(network(), this.clock.instant().plusSeconds(30), false);
			case DAILY_CAP -> new RateLimitedException(network(), null, true);
			case TEMPORARY_FAILURE -> new TemporaryFailureException(network(), "Could not reach Sandbox", null);
			case OUTCOME_UNKNOWN_BEFORE_CREATE, OUTCOME_UNKNOWN_AFTER_CREATE ->
				new OutcomeUnknownException(network(), "Sandbox did not answer in time", null);
			case TOKEN_REFUSED, REFRESH_REFUSED ->
				new AuthorizationExpiredException(network(), "The sandbox refused the token");
			case REJECTED -> new RejectedException(network(), "rejected", "The sandbox refused this post.", false);
			case DUPLICATE -> new RejectedException(network(), "duplicate", "The sandbox already has this post.", true);
		};
	}

	private static PublishedPost published(SandboxPost post) {
		return new PublishedPost(post.remoteId(), URI.create("/sandbox#" + post.remoteId()), post.createdAt(),
				Map.of());
	}

	private String token(String prefix) {
		return prefix + HexFormat.of().formatHex(bytes(24));
	}

	private byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		this.random.nextBytes(bytes);
		return bytes;
	}

	/** What members of the public wrote, in the order they wrote it. */
	@Override
	public Set<InboundStream> inboundStreams() {
		return Set.of(InboundStream.MENTIONS);
	}

	@Override
	public InboundPage readInbound(ChannelSession session, InboundStream stream, @Nullable String cursor) {
		if (stream != InboundStream.MENTIONS) {
			return ChannelConnector.super.readInbound(session, stream, cursor);
		}
		long after = (cursor != null && cursor.matches("\\d{1,18}")) ? Long.parseLong(cursor) : 0;
		List<SandboxInbound.Row> rows = this.inbound.after(organizationOf(session), session.accountId(), after,
				INBOUND_PAGE);
		if (rows.isEmpty()) {
			return InboundPage.empty(cursor);
		}
		return new InboundPage(rows.stream().map(SandboxInbound.Row::item).toList(),
				String.valueOf(rows.get(rows.size() - 1).seq()), rows.size() == INBOUND_PAGE);
	}

	@Override
	public ModerationOutcome hideComment(ChannelSession session, String remoteId, boolean hidden) {
		return this.inbound.hide(session.accountId(), remoteId, hidden) ? new ModerationOutcome.Done()
				: new ModerationOutcome.Failed("The sandbox has no such comment for this account.");
	}

	@Override
	public ModerationOutcome deleteComment(ChannelSession session, String remoteId) {
		this.inbound.delete(session.accountId(), remoteId);
		return new ModerationOutcome.Done();
	}

	/** A direct answer, kept with the account's posts as a reply to the message. */
	@Override
	public PublishedPost sendMessage(ChannelSession session, String conversationId, OutboundPost post) {
		return publish(session, new OutboundPost(post.idempotencyKey(), post.text(), post.media(), null, conversationId,
				post.language()));
	}

	private UUID organizationOf(ChannelSession session) {
		return this.accounts.organizationOf(network(), session.accountId())
			.orElseThrow(() -> new AuthorizationExpiredException(network(), "The sandbox does not know this account"));
	}

}
