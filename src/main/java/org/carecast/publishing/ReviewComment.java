package org.carecast.publishing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment in a post's review thread; {@code parentId} is the comment it answers.
 */
public record ReviewComment(UUID id, UUID postId, @Nullable UUID parentId, UUID authorId, String authorName,
		String body, Instant createdAt) {

	@Override
	public String toString() {
		return "ReviewComment[" + this.id + "]";
	}

}
