package org.carecast.publishing.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Delivery;
import org.carecast.publishing.Delivery.State;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deliveries. State changes are conditional updates on the state they expect, so that the
 * database, not the caller's memory, decides whether a delivery may still be sent: a
 * delivery that is already published can never be claimed again.
 */
@Repository
public class DeliveryRepository {

	private static final String COLUMNS = "id, post_id, organization_id, account_id, network, handle, state, "
			+ "idempotency_key, remote_id, remote_url, attempts, first_attempt_at, published_at, last_error";

	private static final String COMMENT_COLUMNS = ", comment_state, comment_key, comment_remote_id, "
			+ "comment_remote_url, comment_error, comment_attempts, comment_first_attempt_at";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Delivery d, Instant now) {
		this.jdbc
			.sql("insert into post_delivery (" + COLUMNS
					+ ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.postId(), d.organizationId(), d.accountId(), d.network().name(), d.handle(),
					d.state().name(), d.idempotencyKey(), d.remoteId(), d.remoteUrl(), d.attempts(),
					Timestamps.of(d.firstAttemptAt()), Timestamps.of(d.publishedAt()), d.lastError(),
					Timestamps.of(now))
			.update();
	}

	public List<Delivery> forPost(UUID organizationId, UUID postId) {
		return this.jdbc
			.sql("select " + COLUMNS + COMMENT_COLUMNS
					+ " from post_delivery where post_id = ? and organization_id = ? order by network, handle")
			.params(postId, organizationId)
			.query(this::delivery)
			.list();
	}

	public Optional<Delivery> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + COMMENT_COLUMNS + " from post_delivery where id = ?")
			.param(id)
			.query(this::delivery)
			.optional();
	}

	public List<Delivery> inState(UUID organizationId, State state) {
		return this.jdbc
			.sql("select " + COLUMNS + COMMENT_COLUMNS + " from post_delivery where organization_id = ? and state = ?")
			.params(organizationId, state.name())
			.query(this::delivery)
			.list();
	}

	/** Moves one delivery from {@code from} to {@code to}; false if it was elsewhere. */
	public boolean move(UUID id, State from, State to, Instant now) {
		return this.jdbc.sql("update post_delivery set state = ?, updated_at = ? where id = ? and state = ?")
			.params(to.name(), Timestamps.of(now), id, from.name())
			.update() == 1;
	}

	/**
	 * Takes a delivery for an attempt and notes when the first attempt started. A
	 * delivery left {@code SENDING} by a crashed node may be taken again: the same
	 * idempotency key and first attempt time make the network's duplicate check find what
	 * that attempt created.
	 */
	public boolean claim(UUID id, Instant now) {
		return this.jdbc
			.sql("update post_delivery set state = 'SENDING', first_attempt_at = coalesce(first_attempt_at, ?), "
					+ "updated_at = ? where id = ? and state in ('SCHEDULED', 'SENDING')")
			.params(Timestamps.of(now), Timestamps.of(now), id)
			.update() == 1;
	}

	/** Records success; never touches a delivery that is already published. */
	public boolean published(UUID id, String remoteId, @Nullable String url, Instant publishedAt, Instant now) {
		return this.jdbc
			.sql("update post_delivery set state = 'PUBLISHED', remote_id = ?, remote_url = ?, published_at = ?, "
					+ "attempts = attempts + 1, last_error = null, updated_at = ? where id = ? and state = 'SENDING'")
			.params(remoteId, url, Timestamps.of(publishedAt), Timestamps.of(now), id)
			.update() == 1;
	}

	/** Ends an attempt without success: back to {@code SCHEDULED} to retry, or failed. */
	public boolean attemptEnded(UUID id, State to, String reason, Instant now) {
		return this.jdbc
			.sql("update post_delivery set state = ?, attempts = attempts + 1, last_error = ?, updated_at = ? "
					+ "where id = ? and state = 'SENDING'")
			.params(to.name(), reason, Timestamps.of(now), id)
			.update() == 1;
	}

	/** Moves every delivery of a post that is in one of {@code from} to {@code to}. */
	public List<UUID> moveAll(UUID postId, List<State> from, State to, Instant now) {
		String states = String.join(",", from.stream().map((s) -> "'" + s.name() + "'").toList());
		List<UUID> ids = this.jdbc.sql("select id from post_delivery where post_id = ? and state in (" + states + ")")
			.param(postId)
			.query(UUID.class)
			.list();
		for (UUID id : ids) {
			this.jdbc
				.sql("update post_delivery set state = ?, last_error = null, updated_at = ? where id = ? and state in ("
						+ states + ")")
				.params(to.name(), Timestamps.of(now), id)
				.update();
		}
		return ids;
	}

	/**
	 * Gives a published delivery's first comment its key and a task-to-be, once: a
	 * comment that has a state already keeps it and its key.
	 */
	public boolean commentPending(UUID id, UUID key, Instant now) {
		return this.jdbc
			.sql("update post_delivery set comment_state = 'PENDING', comment_key = ?, updated_at = ? "
					+ "where id = ? and state = 'PUBLISHED' and comment_state = 'NONE'")
			.params(key, Timestamps.of(now), id)
			.update() == 1;
	}

	/**
	 * Takes a first comment for an attempt. One left {@code SENDING} by a crashed node
	 * may be taken again with the same key, as for deliveries.
	 */
	public boolean claimComment(UUID id, Instant now) {
		return this.jdbc
			.sql("update post_delivery set comment_state = 'SENDING', "
					+ "comment_first_attempt_at = coalesce(comment_first_attempt_at, ?), updated_at = ? "
					+ "where id = ? and comment_state in ('PENDING', 'SENDING')")
			.params(Timestamps.of(now), Timestamps.of(now), id)
			.update() == 1;
	}

	/** Records the comment's success; never touches one that is already published. */
	public boolean commentPublished(UUID id, String remoteId, @Nullable String url, Instant now) {
		return this.jdbc
			.sql("update post_delivery set comment_state = 'PUBLISHED', comment_remote_id = ?, "
					+ "comment_remote_url = ?, comment_attempts = comment_attempts + 1, comment_error = null, "
					+ "updated_at = ? where id = ? and comment_state = 'SENDING'")
			.params(remoteId, url, Timestamps.of(now), id)
			.update() == 1;
	}

	/** Ends a comment attempt without success: back to {@code PENDING}, or failed. */
	public boolean commentAttemptEnded(UUID id, Delivery.CommentState to, String reason, Instant now) {
		return this.jdbc
			.sql("update post_delivery set comment_state = ?, comment_attempts = comment_attempts + 1, "
					+ "comment_error = ?, updated_at = ? where id = ? and comment_state = 'SENDING'")
			.params(to.name(), reason, Timestamps.of(now), id)
			.update() == 1;
	}

	public long count(UUID postId, State state) {
		return this.jdbc.sql("select count(*) from post_delivery where post_id = ? and state = ?")
			.params(postId, state.name())
			.query(Long.class)
			.single();
	}

	/**
	 * Whether every delivery that still counts has gone out: a cancelled one (its account
	 * was taken off the post) never will, and must not hold the post in "publishing".
	 */
	public boolean allPublished(UUID postId) {
		return this.jdbc
			.sql("select count(*) from post_delivery where post_id = ? and state not in ('PUBLISHED', 'CANCELLED')")
			.param(postId)
			.query(Long.class)
			.single() == 0;
	}

	private Delivery delivery(ResultSet rs, int n) throws SQLException {
		return new Delivery(rs.getObject("id", UUID.class), rs.getObject("post_id", UUID.class),
				rs.getObject("organization_id", UUID.class), rs.getObject("account_id", UUID.class),
				ChannelNetwork.valueOf(rs.getString("network")), rs.getString("handle"),
				State.valueOf(rs.getString("state")), rs.getObject("idempotency_key", UUID.class),
				rs.getString("remote_id"), rs.getString("remote_url"), rs.getInt("attempts"),
				Timestamps.read(rs, "first_attempt_at"), Timestamps.read(rs, "published_at"),
				rs.getString("last_error"),
				new Delivery.FirstComment(Delivery.CommentState.valueOf(rs.getString("comment_state")),
						rs.getObject("comment_key", UUID.class), rs.getString("comment_remote_id"),
						rs.getString("comment_remote_url"), rs.getString("comment_error"),
						rs.getInt("comment_attempts"), Timestamps.read(rs, "comment_first_attempt_at")));
	}

}
