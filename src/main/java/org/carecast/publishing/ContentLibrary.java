package org.carecast.publishing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carecast.accounts.Organizations;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.publishing.internal.LibraryRepository;
import org.carecast.publishing.internal.PostStore;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved posts kept for reuse. Only what a reviewer approved goes in; an item whose
 * re-review date has passed is not reused until a reviewer has read it again, because
 * health advice goes out of date.
 */
@Service
public class ContentLibrary {

	/** States a post reaches only through approval, with its text unchanged since. */
	static final Set<PostState> APPROVED_TEXT = Set.of(PostState.APPROVED, PostState.SCHEDULED, PostState.PUBLISHING,
			PostState.PUBLISHED);

	/** Further ahead than this is no review date at all. */
	static final int LONGEST_YEARS = 3;

	private final LibraryRepository items;

	private final PostStore store;

	private final Posts posts;

	private final Organizations organizations;

	private final AuditTrail auditTrail;

	ContentLibrary(LibraryRepository items, PostStore store, Posts posts, Organizations organizations,
			AuditTrail auditTrail) {
		this.items = items;
		this.store = store;
		this.posts = posts;
		this.organizations = organizations;
		this.auditTrail = auditTrail;
	}

	@Transactional
	public LibraryItem save(Actor actor, UUID postId, LocalDate reviewBy) {
		Post post = this.store.load(actor, postId);
		if (!APPROVED_TEXT.contains(post.state())) {
			throw new ConflictException("not_approved", "Only approved posts go into the library.");
		}
		requireFutureDate(actor, reviewBy);
		if (this.items.holds(actor.organizationId(), postId)) {
			throw new ConflictException("already_in_library", "This post is already in the library.");
		}
		LibraryItem item = new LibraryItem(UUID.randomUUID(), actor.organizationId(), postId, post.baseText(),
				post.healthTopic(), post.sources(), reviewBy, actor.displayName(), this.store.now(), null, null, 0);
		this.items.insert(item);
		audit(actor, "library.saved", item.id(), "post " + postId + " saved; re-review by " + reviewBy);
		return item;
	}

	/** A reviewer has read the item again and sets its next re-review date. */
	@Transactional
	public LibraryItem reReview(Actor actor, UUID id, long version, LocalDate reviewBy) {
		LibraryItem item = get(actor, id);
		requireFutureDate(actor, reviewBy);
		if (!this.items.reviewed(actor.organizationId(), id, version, reviewBy, actor.displayName(),
				this.store.now())) {
			throw new ConflictException("edit_conflict",
					"Someone else changed this library item after you opened it. Reload it and try again.");
		}
		audit(actor, "library.re_reviewed", id,
				"re-reviewed; re-review by " + reviewBy + " (was " + item.reviewBy() + ")");
		return get(actor, id);
	}

	/** A new draft with the item's text, topic and sources, for the author to target. */
	@Transactional
	public Post reuse(Actor actor, UUID id) {
		LibraryItem item = get(actor, id);
		if (item.expired(today(actor))) {
			throw new ConflictException("needs_re_review", "Its re-review date has passed. A reviewer must read it "
					+ "again and set a new date before it is reused.");
		}
		Post draft = this.posts.create(actor,
				new PostDraft(item.baseText(), item.healthTopic(), null, null, item.sources(), null, List.of()));
		audit(actor, "library.reused", id, "reused as draft " + draft.id());
		return draft;
	}

	@Transactional(readOnly = true)
	public LibraryItem get(Actor actor, UUID id) {
		return this.items.find(actor.organizationId(), id)
			.orElseThrow(() -> new ResourceNotFoundException("Library item"));
	}

	@Transactional(readOnly = true)
	public List<LibraryItem> list(Actor actor) {
		return this.items.list(actor.organizationId());
	}

	@Transactional(readOnly = true)
	public boolean holds(Actor actor, UUID postId) {
		return this.items.holds(actor.organizationId(), postId);
	}

	/** Today where the organization is: an item expires at its own midnight. */
	public LocalDate today(Actor actor) {
		ZoneId zone = ZoneId.of(this.organizations.get(actor.organizationId()).timeZone());
		return LocalDate.ofInstant(this.store.now(), zone);
	}

	private void requireFutureDate(Actor actor, LocalDate reviewBy) {
		LocalDate today = today(actor);
		if (reviewBy == null || !reviewBy.isAfter(today) || reviewBy.isAfter(today.plusYears(LONGEST_YEARS))) {
			throw new InvalidInputException(
					"Choose a re-review date after today and within " + LONGEST_YEARS + " years.");
		}
	}

	private void audit(Actor actor, String action, UUID id, String summary) {
		this.auditTrail.record(AuditEvent.by(actor, action, "library_item", id, summary));
	}

}
