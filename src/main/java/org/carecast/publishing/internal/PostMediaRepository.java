package org.carecast.publishing.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.publishing.PostImage;
import org.carecast.publishing.PostState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The images of posts, with their bytes. Reads for people are scoped to an organization;
 * the public read needs the image's random token instead.
 */
@Repository
public class PostMediaRepository {

	/** Posts whose images a network may fetch: a reviewer has approved what they show. */
	private static final String FETCHABLE = String.join(",", List
		.of(PostState.APPROVED, PostState.SCHEDULED, PostState.PUBLISHING, PostState.PUBLISHED, PostState.FAILED)
		.stream()
		.map((s) -> "'" + s.name() + "'")
		.toList());

	private final JdbcClient jdbc;

	PostMediaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID postId, UUID organizationId, int position, ImageFormat format, byte[] content,
			String altText, String publicToken, Instant now) {
		this.jdbc
			.sql("insert into post_media (id, post_id, organization_id, position, mime_type, size_bytes, alt_text, "
					+ "content, public_token, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, postId, organizationId, position, format.mimeType(), (long) content.length, altText, content,
					publicToken, Timestamps.of(now))
			.update();
	}

	public void update(UUID id, UUID postId, int position, String altText) {
		this.jdbc.sql("update post_media set position = ?, alt_text = ? where id = ? and post_id = ?")
			.params(position, altText, id, postId)
			.update();
	}

	public void delete(UUID id, UUID postId) {
		this.jdbc.sql("delete from post_media where id = ? and post_id = ?").params(id, postId).update();
	}

	public List<PostImage> list(UUID postId) {
		return this.jdbc
			.sql("select id, mime_type, size_bytes, alt_text from post_media where post_id = ? order by position")
			.param(postId)
			.query((rs, n) -> new PostImage(rs.getObject("id", UUID.class), rs.getString("mime_type"),
					rs.getLong("size_bytes"), rs.getString("alt_text")))
			.list();
	}

	/** An image of one of the organization's posts, for its own people. */
	public Optional<Content> content(UUID organizationId, UUID postId, UUID id) {
		return this.jdbc
			.sql("select id, mime_type, alt_text, content, public_token from post_media "
					+ "where id = ? and post_id = ? and organization_id = ?")
			.params(id, postId, organizationId)
			.query((rs, n) -> content(rs))
			.optional();
	}

	/**
	 * An image by its id alone, for the public address; the caller compares the token.
	 * Only images of approved posts are found.
	 */
	public Optional<Content> fetchable(UUID id) {
		return this.jdbc
			.sql("select m.id, m.mime_type, m.alt_text, m.content, m.public_token from post_media m "
					+ "join post p on p.id = m.post_id where m.id = ? and p.state in (" + FETCHABLE + ")")
			.param(id)
			.query((rs, n) -> content(rs))
			.optional();
	}

	/** Every image of a post in order, with bytes, for sending. */
	public List<Content> contents(UUID postId) {
		return this.jdbc
			.sql("select id, mime_type, alt_text, content, public_token from post_media where post_id = ? "
					+ "order by position")
			.param(postId)
			.query((rs, n) -> content(rs))
			.list();
	}

	private static Content content(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Content(rs.getObject("id", UUID.class), rs.getString("mime_type"), rs.getString("alt_text"),
				rs.getBytes("content"), rs.getString("public_token"));
	}

	/** An image with its bytes. */
	public record Content(UUID id, String mimeType, String altText, byte[] bytes, String publicToken) {

		@Override
		public String toString() {
			return "Content[" + this.id + ", " + this.mimeType + ", " + this.bytes.length + " bytes]";
		}

	}

}
