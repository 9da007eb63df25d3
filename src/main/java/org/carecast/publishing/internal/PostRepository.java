package org.carecast.publishing.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostImage;
import org.carecast.publishing.PostState;
import org.carecast.publishing.Variant;
import org.carecast.publishing.PostLanguages;
import org.carecast.publishing.Translation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Posts and their variants. Every query is scoped to an organization; every change of a
 * post names the version it read and bumps it.
 */
@Repository
public class PostRepository {

	private static final String COLUMNS = "id, organization_id, base_text, health_topic, campaign, consent_reference, "
			+ "sources, scheduled_at, author_id, author_name, state, override_reason, override_by, failure_message, "
			+ "created_at, updated_at, version, campaign_id, language";

	/** Ids per {@code in (...)} list, well under every database's parameter limit. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	PostRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Post post) {
		this.jdbc
			.sql("insert into post (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(post.id(), post.organizationId(), post.baseText(), post.healthTopic(), post.campaign(),
					post.consentReference(), post.sources(), Timestamps.of(post.scheduledAt()), post.authorId(),
					post.authorName(), post.state().name(), post.overrideReason(), post.overrideBy(),
					post.failureMessage(), Timestamps.of(post.createdAt()), Timestamps.of(post.updatedAt()),
					post.version(), post.campaignId(), post.languages().base())
			.update();
		insertVariants(post);
	}

	/**
	 * Writes every field of {@code post} if the stored version is still
	 * {@code expectedVersion}; the stored version becomes {@code post.version()}.
	 * @return whether it was written
	 */
	public boolean update(Post post, long expectedVersion) {
		int rows = this.jdbc
			.sql("update post set base_text = ?, health_topic = ?, campaign = ?, consent_reference = ?, sources = ?, "
					+ "scheduled_at = ?, state = ?, override_reason = ?, override_by = ?, failure_message = ?, "
					+ "updated_at = ?, version = ?, campaign_id = ?, author_id = ?, author_name = ?, language = ? "
					+ "where id = ? and organization_id = ? and version = ?")
			.params(post.baseText(), post.healthTopic(), post.campaign(), post.consentReference(), post.sources(),
					Timestamps.of(post.scheduledAt()), post.state().name(), post.overrideReason(), post.overrideBy(),
					post.failureMessage(), Timestamps.of(post.updatedAt()), post.version(), post.campaignId(),
					post.authorId(), post.authorName(), post.languages().base(), post.id(), post.organizationId(),
					expectedVersion)
			.update();
		if (rows == 1) {
			this.jdbc.sql("delete from post_variant where post_id = ?").param(post.id()).update();
			this.jdbc.sql("delete from post_translation where post_id = ?").param(post.id()).update();
			insertVariants(post);
		}
		return rows == 1;
	}

	/**
	 * Moves a post from one of {@code from} to {@code to} whatever its version, for the
	 * scheduler, which acts on state rather than on what a person read.
	 */
	public boolean transition(UUID id, List<PostState> from, PostState to, @Nullable String failureMessage,
			Instant now) {
		String states = String.join(",", from.stream().map((s) -> "'" + s.name() + "'").toList());
		return this.jdbc
			.sql("update post set state = ?, failure_message = coalesce(?, failure_message), updated_at = ?, "
					+ "version = version + 1 where id = ? and state in (" + states + ")")
			.params(to.name(), failureMessage, Timestamps.of(now), id)
			.update() == 1;
	}

	public Optional<Post> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from post where id = ? and organization_id = ?")
			.params(id, organizationId)
			.query(this::post)
			.optional()
			.map(this::complete);
	}

	/** For the scheduler, which knows a post only by its delivery. */
	public Optional<Post> findAnywhere(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from post where id = ?")
			.param(id)
			.query(this::post)
			.optional()
			.map(this::complete);
	}

	public boolean exists(UUID organizationId, UUID id) {
		return this.jdbc.sql("select count(*) from post where id = ? and organization_id = ?")
			.params(id, organizationId)
			.query(Long.class)
			.single() > 0;
	}

	/** Newest send time first; posts without one last. */
	public List<Post> list(UUID organizationId, @Nullable PostState state, int limit) {
		String where = (state != null) ? " and state = ?" : "";
		JdbcClient.StatementSpec spec = this.jdbc
			.sql("select " + COLUMNS + " from post where organization_id = ?" + where
					+ " order by scheduled_at desc nulls last, created_at desc limit " + limit)
			.param(organizationId);
		if (state != null) {
			spec = spec.param(state.name());
		}
		return complete(spec.query(this::post).list());
	}

	/**
	 * Posts in any of {@code states} (all when empty) whose send time lies in
	 * {@code [from, to)}; an open end is not bounded. Earliest send time first.
	 */
	public List<Post> between(UUID organizationId, List<PostState> states, @Nullable Instant from, @Nullable Instant to,
			int limit) {
		StringBuilder where = new StringBuilder(" where organization_id = ?");
		List<Object> params = new java.util.ArrayList<>(List.of(organizationId));
		if (!states.isEmpty()) {
			where.append(" and state in (")
				.append(String.join(",", states.stream().map((s) -> "?").toList()))
				.append(")");
			states.forEach((s) -> params.add(s.name()));
		}
		if (from != null) {
			where.append(" and scheduled_at >= ?");
			params.add(Timestamps.of(from));
		}
		if (to != null) {
			where.append(" and scheduled_at < ?");
			params.add(Timestamps.of(to));
		}
		return complete(this.jdbc
			.sql("select " + COLUMNS + " from post" + where + " order by scheduled_at asc nulls last, created_at asc"
					+ " limit " + limit)
			.params(params)
			.query(this::post)
			.list());
	}

	/**
	 * Posts with a send time in {@code [from, to)}, earliest first; cancelled ones are
	 * left out, as they will never go anywhere.
	 */
	public List<Post> scheduledBetween(UUID organizationId, Instant from, Instant to, int limit) {
		return complete(this.jdbc
			.sql("select " + COLUMNS
					+ " from post where organization_id = ? and scheduled_at >= ? and scheduled_at < ? "
					+ "and state <> 'CANCELLED' order by scheduled_at, created_at limit " + limit)
			.params(organizationId, Timestamps.of(from), Timestamps.of(to))
			.query(this::post)
			.list());
	}

	public List<Post> inCampaign(UUID organizationId, UUID campaignId, int limit) {
		return complete(this.jdbc
			.sql("select " + COLUMNS + " from post where organization_id = ? and campaign_id = ? "
					+ "order by scheduled_at nulls last, created_at limit " + limit)
			.params(organizationId, campaignId)
			.query(this::post)
			.list());
	}

	private void insertVariants(Post post) {
		for (Variant v : post.variants()) {
			this.jdbc
				.sql("insert into post_variant (post_id, organization_id, account_id, network, handle, text_override, "
						+ "link, first_comment, language, images_left_out) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(post.id(), post.organizationId(), v.accountId(), v.network().name(), v.handle(),
						v.textOverride(), v.link(), v.firstComment(), v.language(), ids(v.imagesLeftOut()))
				.update();
		}
		for (Translation t : post.languages().translations()) {
			this.jdbc.sql("insert into post_translation (post_id, organization_id, language, text) values (?, ?, ?, ?)")
				.params(post.id(), post.organizationId(), t.language(), t.text())
				.update();
		}
	}

	private static @Nullable String ids(Set<UUID> ids) {
		return ids.isEmpty() ? null : String.join(",", ids.stream().map(UUID::toString).sorted().toList());
	}

	private static Set<UUID> ids(@Nullable String ids) {
		if (ids == null || ids.isBlank()) {
			return Set.of();
		}
		return java.util.Arrays.stream(ids.split(","))
			.map(UUID::fromString)
			.collect(java.util.stream.Collectors.toSet());
	}

	private Post complete(Post post) {
		return complete(List.of(post)).get(0);
	}

	/**
	 * Adds variants, images and translations to posts read without them: three queries
	 * for a whole list rather than three per post.
	 */
	private List<Post> complete(List<Post> posts) {
		if (posts.isEmpty()) {
			return posts;
		}
		Map<UUID, List<Variant>> variants = new HashMap<>();
		Map<UUID, List<PostImage>> images = new HashMap<>();
		Map<UUID, List<Translation>> translations = new HashMap<>();
		List<UUID> ids = posts.stream().map(Post::id).toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			String in = String.join(",", chunk.stream().map((id) -> "?").toList());
			this.jdbc
				.sql("select post_id, account_id, network, handle, text_override, link, first_comment, language, "
						+ "images_left_out from post_variant where post_id in (" + in + ") order by network, handle")
				.params(List.copyOf(chunk))
				.query((rs) -> {
					variants.computeIfAbsent(rs.getObject("post_id", UUID.class), (k) -> new ArrayList<>())
						.add(new Variant(rs.getObject("account_id", UUID.class),
								ChannelNetwork.valueOf(rs.getString("network")), rs.getString("handle"),
								rs.getString("text_override"), rs.getString("link"), rs.getString("first_comment"),
								rs.getString("language"), ids(rs.getString("images_left_out"))));
				});
			this.jdbc
				.sql("select post_id, id, mime_type, size_bytes, alt_text from post_media where post_id in (" + in
						+ ") order by position")
				.params(List.copyOf(chunk))
				.query((rs) -> {
					images.computeIfAbsent(rs.getObject("post_id", UUID.class), (k) -> new ArrayList<>())
						.add(new PostImage(rs.getObject("id", UUID.class), rs.getString("mime_type"),
								rs.getLong("size_bytes"), rs.getString("alt_text")));
				});
			this.jdbc
				.sql("select post_id, language, text from post_translation where post_id in (" + in
						+ ") order by language")
				.params(List.copyOf(chunk))
				.query((rs) -> {
					translations.computeIfAbsent(rs.getObject("post_id", UUID.class), (k) -> new ArrayList<>())
						.add(new Translation(rs.getString("language"), rs.getString("text")));
				});
		}
		List<Post> complete = new ArrayList<>(posts.size());
		for (Post p : posts) {
			complete.add(new Post(p.id(), p.organizationId(), p.baseText(), p.healthTopic(), p.campaign(),
					p.consentReference(), p.sources(), p.scheduledAt(), p.authorId(), p.authorName(), p.state(),
					p.overrideReason(), p.overrideBy(), p.failureMessage(), p.createdAt(), p.updatedAt(), p.version(),
					variants.getOrDefault(p.id(), List.of()), images.getOrDefault(p.id(), List.of()), p.campaignId(),
					new PostLanguages(p.languages().base(), translations.getOrDefault(p.id(), List.of()))));
		}
		return complete;
	}

	private Post post(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Post(id, rs.getObject("organization_id", UUID.class), rs.getString("base_text"),
				rs.getString("health_topic"), rs.getString("campaign"), rs.getString("consent_reference"),
				rs.getString("sources"), Timestamps.read(rs, "scheduled_at"), rs.getObject("author_id", UUID.class),
				rs.getString("author_name"), PostState.valueOf(rs.getString("state")), rs.getString("override_reason"),
				rs.getString("override_by"), rs.getString("failure_message"), Timestamps.read(rs, "created_at"),
				Timestamps.read(rs, "updated_at"), rs.getLong("version"), List.of(), List.of(),
				rs.getObject("campaign_id", UUID.class), new PostLanguages(rs.getString("language"), List.of()));
	}

}
