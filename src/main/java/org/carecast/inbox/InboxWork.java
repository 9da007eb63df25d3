package org.carecast.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.UserAccount;
import org.carecast.accounts.UserAdministration;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.inbox.internal.InboxWorkStore;
import org.carecast.inbox.internal.SlaPolicy;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What responders do with items: take them, pass them on, change their status, write
 * notes, mark spam. Every change is audited without the item's text. A crisis item is
 * never closed in bulk or as spam: only one person, on the item itself, with a note.
 */
@Service
public class InboxWork {

	static final int NOTE_LIMIT = 4000;

	private final InboxItems items;

	private final InboxWorkStore store;

	private final UserAdministration users;

	private final AuditTrail audit;

	private final SlaPolicy sla;

	private final Clock clock;

	InboxWork(InboxItems items, InboxWorkStore store, UserAdministration users, AuditTrail audit, SlaPolicy sla,
			Clock clock) {
		this.items = items;
		this.store = store;
		this.users = users;
		this.audit = audit;
		this.sla = sla;
		this.clock = clock;
	}

	/** The people an item can be given to: the organization's responders and admins. */
	@Transactional(readOnly = true)
	public List<UserAccount> assignees(Actor actor) {
		return this.users.list(actor)
			.stream()
			.filter(UserAccount::enabled)
			.filter((u) -> u.hasRole(Role.RESPONDER) || u.hasRole(Role.ADMIN))
			.toList();
	}

	@Transactional
	public void assign(Actor actor, UUID itemId, long version, @Nullable UUID userId) {
		InboxItem item = this.items.get(actor, itemId);
		String name = null;
		if (userId != null) {
			name = assignees(actor).stream()
				.filter((u) -> u.id().equals(userId))
				.findFirst()
				.map(UserAccount::displayName)
				.orElseThrow(() -> new InvalidInputException("Items can be given only to responders and admins."));
		}
		check(this.store.assign(actor.organizationId(), itemId, version, userId, name, now()));
		record(actor, "inbox.item.assigned", item, (name != null) ? "assigned to " + name : "assignment removed");
	}

	/**
	 * @param note required to close a crisis item: why it is safe to close
	 */
	@Transactional
	public void changeStatus(Actor actor, UUID itemId, long version, InboxStatus status, @Nullable String note) {
		InboxItem item = this.items.get(actor, itemId);
		if (item.isCrisis() && status == InboxStatus.CLOSED && (note == null || note.isBlank())) {
			throw new InvalidInputException("A crisis item is closed only with a note that says how it was handled.");
		}
		if (note != null && !note.isBlank()) {
			addNote(actor, item, note);
		}
		check(this.store.status(actor.organizationId(), itemId, version, status, now()));
		record(actor, "inbox.item.status_changed", item,
				"status " + item.status().code() + " to " + status.code() + (item.isCrisis() ? " (crisis)" : ""));
	}

	@Transactional
	public InboxNote note(Actor actor, UUID itemId, String body) {
		return addNote(actor, this.items.get(actor, itemId), body);
	}

	/**
	 * Sets the status of many items at once. Crisis items are refused, the rest done;
	 * items changed by someone else meanwhile are skipped.
	 */
	@Transactional
	public BulkResult bulkStatus(Actor actor, List<UUID> ids, InboxStatus status) {
		return bulk(actor, ids,
				(item) -> this.store.status(actor.organizationId(), item.id(), item.version(), status, now()),
				"inbox.item.status_changed", "status set to " + status.code() + " in bulk");
	}

	@Transactional
	public BulkResult bulkAssignToMe(Actor actor, List<UUID> ids) {
		List<UUID> done = new ArrayList<>();
		for (UUID id : ids) {
			this.items.find(actor.organizationId(), id).ifPresent((item) -> {
				if (this.store.assign(actor.organizationId(), id, item.version(), actor.userId(), actor.displayName(),
						now())) {
					record(actor, "inbox.item.assigned", item, "assigned to " + actor.displayName() + " in bulk");
					done.add(id);
				}
			});
		}
		return new BulkResult(done.size(), 0, ids.size() - done.size());
	}

	@Transactional
	public BulkResult markSpam(Actor actor, List<UUID> ids) {
		return bulk(actor, ids,
				(item) -> this.store.markSpam(actor.organizationId(), item.id(), item.version(),
						this.sla.dueAt(InboxPriority.LOW, item.receivedAt()), now()),
				"inbox.item.marked_spam", "marked as spam and closed");
	}

	/**
	 * Puts an item under legal hold (its text survives the retention purge) or lifts it.
	 */
	@Transactional
	public void legalHold(Actor actor, UUID itemId, long version, boolean hold) {
		InboxItem item = this.items.get(actor, itemId);
		check(this.store.legalHold(actor.organizationId(), itemId, version, hold, now()));
		record(actor, hold ? "inbox.item.legal_hold_set" : "inbox.item.legal_hold_lifted", item,
				hold ? "legal hold set" : "legal hold lifted");
	}

	/**
	 * @param done items changed
	 * @param refusedCrisis crisis items left as they were
	 * @param skipped items not found or changed by someone else meanwhile
	 */
	public record BulkResult(int done, int refusedCrisis, int skipped) {
	}

	private BulkResult bulk(Actor actor, List<UUID> ids, java.util.function.Predicate<InboxItem> change, String action,
			String summary) {
		int done = 0;
		int crisis = 0;
		for (UUID id : ids) {
			InboxItem item = this.items.find(actor.organizationId(), id).orElse(null);
			if (item != null && item.isCrisis()) {
				crisis++;
			}
			else if (item != null && change.test(item)) {
				record(actor, action, item, summary);
				done++;
			}
		}
		return new BulkResult(done, crisis, ids.size() - done - crisis);
	}

	private InboxNote addNote(Actor actor, InboxItem item, String body) {
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidInputException("Write the note first.");
		}
		if (text.length() > NOTE_LIMIT) {
			throw new InvalidInputException("A note has at most " + NOTE_LIMIT + " characters.");
		}
		InboxNote note = new InboxNote(UUID.randomUUID(), item.id(), actor.organizationId(), actor.userId(),
				actor.displayName(), text, now());
		this.store.addNote(note);
		record(actor, "inbox.note.added", item, "internal note added (" + text.length() + " characters)");
		return note;
	}

	private void record(Actor actor, String action, InboxItem item, String summary) {
		this.audit.record(AuditEvent.by(actor, action, "inbox_item", item.id(), summary));
	}

	private static void check(boolean applied) {
		if (!applied) {
			throw new ConflictException("stale_version",
					"Someone changed this item while you were looking at it. Reload it and try again.");
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
