package org.carecast.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.inbox.internal.InboxItemStore;
import org.carecast.inbox.internal.InboxListQuery;
import org.carecast.inbox.internal.InboxWorkStore;
import org.carecast.inbox.internal.SlaPolicy;
import org.carecast.shared.Actor;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the inbox, always scoped to one organization. Other modules (adverse-event
 * capture, reply suggestions, alerts) use {@link #find} after an {@link InboxItemTriaged}
 * event to get the item's text.
 */
@Service
public class InboxItems {

	/** Rows per page of the list. */
	public static final int PAGE = 50;

	private final InboxItemStore store;

	private final InboxListQuery list;

	private final InboxWorkStore work;

	private final SlaPolicy sla;

	private final Clock clock;

	InboxItems(InboxItemStore store, InboxListQuery list, InboxWorkStore work, SlaPolicy sla, Clock clock) {
		this.store = store;
		this.list = list;
		this.work = work;
		this.sla = sla;
		this.clock = clock;
	}

	/** The item with its text, or empty when the organization has no such item. */
	@Transactional(readOnly = true)
	public Optional<InboxItem> find(UUID organizationId, UUID itemId) {
		return this.store.find(organizationId, itemId);
	}

	/** As {@link #find}, for a person: another organization's item is "not found". */
	@Transactional(readOnly = true)
	public InboxItem get(Actor actor, UUID itemId) {
		return find(actor.organizationId(), itemId).orElseThrow(() -> new ResourceNotFoundException("Inbox item"));
	}

	/**
	 * One page in list order; one row more than {@link #PAGE} when a next page exists.
	 */
	@Transactional(readOnly = true)
	public List<InboxItem> list(Actor actor, InboxFilter filter) {
		return this.list.page(actor.organizationId(), filter, this.clock.instant(), this.sla.dueSoon(), PAGE);
	}

	/** Earlier items of the same conversation or under the same post, oldest first. */
	@Transactional(readOnly = true)
	public List<InboxItem> thread(InboxItem item) {
		return this.store.thread(item, 20);
	}

	@Transactional(readOnly = true)
	public List<InboxNote> notes(Actor actor, UUID itemId) {
		return this.work.notes(actor.organizationId(), itemId);
	}

	public SlaState slaState(InboxItem item) {
		return item.slaState(this.clock.instant(), this.sla.dueSoon());
	}

}
