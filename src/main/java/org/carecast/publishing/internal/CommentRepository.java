package org.carecast.publishing.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.util.List;
import java.util.UUID;

import org.carecast.publishing.ReviewComment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommentRepository {

	private final JdbcClient jdbc;

	CommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID organizationId, ReviewComment c) {
		this.jdbc
			.sql("insert into post_comment (id, post_id, organization_id, parent_id, author_id, author_name, body, "
					+ "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.id(), c.postId(), organizationId, c.parentId(), c.authorId(), c.authorName(), c.body(),
					Timestamps.of(c.createdAt()))
			.update();
	}

	public boolean exists(UUID postId, UUID id) {
		return this.jdbc.sql("select count(*) from post_comment where post_id = ? and id = ?")
			.params(postId, id)
			.query(Long.class)
			.single() > 0;
	}

	public List<ReviewComment> forPost(UUID organizationId, UUID postId) {
		return this.jdbc
			.sql("select id, post_id, parent_id, author_id, author_name, body, created_at from post_comment "
					+ "where post_id = ? and organization_id = ? order by created_at, id")
			.params(postId, organizationId)
			.query((rs, n) -> new ReviewComment(rs.getObject("id", UUID.class), rs.getObject("post_id", UUID.class),
					rs.getObject("parent_id", UUID.class), rs.getObject("author_id", UUID.class),
					rs.getString("author_name"), rs.getString("body"), Timestamps.read(rs, "created_at")))
			.list();
	}

}
