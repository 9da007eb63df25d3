package org.carecast.inbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.guardrail.InboundTriage;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.Triage;
import org.carecast.guardrail.TriageDecision;
import org.carecast.inbox.InboxItemTriaged;
import org.carecast.inbox.InboxPriority;
import org.carecast.inbox.internal.InboxItemStore.Known;
import org.carecast.inbox.internal.InboxItemStore.Triaged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what the channels read, in the channel's own transaction (a plain, synchronous
 * listener on purpose): the items and the account's read cursor are committed together,
 * so nothing is lost between them, and the upsert by remote id means nothing is stored
 * twice. Each item is triaged and scanned first; afterwards {@link InboxItemTriaged}
 * tells alerts and captures about it.
 */
@Component
class InboundItemsListener {

	/** The sandbox has no rules of its own; Facebook's applies every content check. */
	static final Network SANDBOX_STANDIN = Network.FACEBOOK;

	private final InboundTriage triage;

	private final InboundScan scan;

	private final InboxItemStore store;

	private final SlaPolicy sla;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InboundItemsListener(InboundTriage triage, InboundScan scan, InboxItemStore store, SlaPolicy sla,
			ApplicationEventPublisher events, Clock clock) {
		this.triage = triage;
		this.scan = scan;
		this.store = store;
		this.sla = sla;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(InboundItemsReceived received) {
		if (received.items().isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		// The same item twice in one batch (overlapping pages): the last copy wins.
		Map<String, InboundItem> byRemoteId = new LinkedHashMap<>();
		received.items().forEach((i) -> byRemoteId.put(i.remoteId(), i));
		Map<String, Known> known = this.store.known(received.organizationId(), received.accountId(),
				new ArrayList<>(byRemoteId.keySet()));
		InboundScan.Scanner scanner = this.scan.forOrganization(received.organizationId(),
				received.network().guardrailNetwork().orElse(SANDBOX_STANDIN));
		Map<UUID, Triaged> fresh = new LinkedHashMap<>();
		List<InboxItemTriaged> published = new ArrayList<>();
		for (InboundItem item : byRemoteId.values()) {
			Known seen = known.get(item.remoteId());
			Instant receivedAt = (seen != null) ? this.store.receivedAt(seen.id()) : now;
			Triaged triaged = triage(item, scanner, receivedAt);
			UUID id = (seen != null) ? seen.id() : UUID.randomUUID();
			if (seen != null) {
				this.store.update(received.organizationId(), id, triaged, seen.textPurged(), now);
			}
			else {
				fresh.put(id, triaged);
			}
			published.add(new InboxItemTriaged(received.organizationId(), id, received.network(), item.kind(),
					triaged.labels(), receivedAt, seen == null));
		}
		if (!fresh.isEmpty()) {
			this.store.insert(received.organizationId(), received.accountId(), received.network(), fresh, now);
		}
		published.forEach(this.events::publishEvent);
	}

	private Triaged triage(InboundItem item, InboundScan.Scanner scanner, Instant receivedAt) {
		// One guardrail scan serves both: the triage takes its misinformation findings.
		InboundScan.Flags flags = scanner.scan(item.text());
		Triage labels = (flags.report() != null) ? this.triage.classify(item.text(), flags.report())
				: this.triage.classify(item.text());
		InboxPriority priority = InboxPriority.of(labels.labels(), flags.phi(), flags.misinformation());
		List<String> reasons = labels.decisions()
			.stream()
			.map(TriageDecision::reason)
			.map((r) -> (r != null) ? r : "")
			.toList();
		return new Triaged(item, labels.labels(), reasons, flags, priority, this.sla.dueAt(priority, receivedAt));
	}

}
