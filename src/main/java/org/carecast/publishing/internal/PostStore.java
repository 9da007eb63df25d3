package org.carecast.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.publishing.Post;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Component;

/**
 * Loads posts within the actor's organization and saves a person's change together with
 * its audit record, refusing it when someone else changed the post first.
 */
@Component
public class PostStore {

	private final PostRepository posts;

	private final AuditTrail auditTrail;

	private final Clock clock;

	PostStore(PostRepository posts, AuditTrail auditTrail, Clock clock) {
		this.posts = posts;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** The post, or 404 when it does not exist in the actor's organization. */
	public Post load(Actor actor, UUID id) {
		return this.posts.find(actor.organizationId(), id).orElseThrow(() -> new ResourceNotFoundException("Post"));
	}

	public Post insert(Actor actor, Post post, String summary) {
		this.posts.insert(post);
		audit(actor, "post.created", post.id(), summary);
		return post;
	}

	/**
	 * Saves {@code changed} if the stored post is still at {@code expectedVersion}.
	 * @throws ConflictException when someone else saved a change first
	 */
	public Post save(Actor actor, Post changed, long expectedVersion, String action, String summary) {
		Post stamped = changed.stamped(expectedVersion + 1, now());
		if (!this.posts.update(stamped, expectedVersion)) {
			if (!this.posts.exists(actor.organizationId(), changed.id())) {
				throw new ResourceNotFoundException("Post");
			}
			throw new ConflictException("edit_conflict", "Someone else changed this post after you opened it. "
					+ "Reload it to see their changes, then make yours again.");
		}
		audit(actor, action, changed.id(), summary);
		return stamped;
	}

	/** One record for a whole CSV import, beside each created post's own. */
	public void auditImport(Actor actor, UUID importId, String summary) {
		this.auditTrail.record(AuditEvent.by(actor, "posts.imported", "post_import", importId, summary));
	}

	/** One record per export, as posts leave Carecast in a file. */
	public void auditExport(Actor actor, String summary) {
		this.auditTrail.record(AuditEvent.by(actor, "posts.exported", "organization", actor.organizationId(), summary));
	}

	public void audit(Actor actor, String action, UUID postId, String summary) {
		this.auditTrail.record(AuditEvent.by(actor, action, "post", postId, summary));
	}

}
