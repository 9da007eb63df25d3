package org.carecast.publishing;

import java.util.List;
import java.util.UUID;

import org.carecast.publishing.internal.CommentRepository;
import org.carecast.publishing.internal.PostStore;
import org.carecast.shared.Actor;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review conversation on a post: comments, each possibly answering another.
 */
@Service
public class ReviewThread {

	private final PostStore store;

	private final CommentRepository comments;

	ReviewThread(PostStore store, CommentRepository comments) {
		this.store = store;
		this.comments = comments;
	}

	@Transactional
	public ReviewComment comment(Actor actor, UUID postId, @Nullable UUID parentId, String body) {
		Post post = this.store.load(actor, postId);
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty() || text.length() > 4000) {
			throw new InvalidInputException("Write a comment of up to 4,000 characters.");
		}
		if (parentId != null && !this.comments.exists(post.id(), parentId)) {
			throw new InvalidInputException("The comment you answer is not on this post.");
		}
		ReviewComment comment = new ReviewComment(UUID.randomUUID(), post.id(), parentId, actor.userId(),
				actor.displayName(), text, this.store.now());
		this.comments.insert(actor.organizationId(), comment);
		this.store.audit(actor, "post.commented", post.id(), (parentId != null) ? "answered a comment" : "commented");
		return comment;
	}

	@Transactional(readOnly = true)
	public List<ReviewComment> comments(Actor actor, UUID postId) {
		Post post = this.store.load(actor, postId);
		return this.comments.forPost(actor.organizationId(), post.id());
	}

}
