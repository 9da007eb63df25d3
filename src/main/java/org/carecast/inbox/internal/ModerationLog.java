package org.carecast.inbox.internal;

import java.time.Clock;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.inbox.InboxItem;
import org.carecast.inbox.ModerationReason;
import org.carecast.inbox.ModerationState;
import org.carecast.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a moderation request did, after the network answered (no transaction spans
 * the network call): the item's new state when it worked, and an audit record either way,
 * with the reason code and never the comment.
 */
@Component
public class ModerationLog {

	private final InboxWorkStore work;

	private final AuditTrail audit;

	private final Clock clock;

	ModerationLog(InboxWorkStore work, AuditTrail audit, Clock clock) {
		this.work = work;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void done(Actor actor, InboxItem item, ModerationState state, ModerationReason reason) {
		// The network already did it: record it even if someone changed the item
		// meanwhile.
		if (!this.work.moderate(actor.organizationId(), item.id(), item.version(), state, reason,
				this.clock.instant())) {
			this.work.forceModerate(actor.organizationId(), item.id(), state, reason, this.clock.instant());
		}
		this.audit.record(AuditEvent.by(actor, "inbox.item.moderated", "inbox_item", item.id(),
				state.name().toLowerCase() + " on " + item.network().code() + ", reason " + reason.name()));
	}

	@Transactional
	public void refused(Actor actor, InboxItem item, String what) {
		this.audit.record(new AuditEvent(actor.organizationId(), actor.userId(), actor.displayName(),
				"inbox.item.moderated", "inbox_item", item.id().toString(), AuditEvent.Outcome.FAILURE,
				what + " on " + item.network().code() + " not done by the network"));
	}

}
