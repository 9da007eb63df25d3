package org.carecast.inbox.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.carecast.inbox.InboxItemTriaged;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live connections of this node's inbox pages, per organization. After an item
 * is committed, every page of that organization gets a small notice: the item's id,
 * whether it is a crisis, and its label codes; never its text or author, since an event
 * stream is easy to log along the way.
 *
 * <p>
 * Each node tells its own connections; in a cluster, a page connected to another node
 * sees the item at its next refresh.
 */
@Component
class InboxNotices {

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final Map<UUID, Set<SseEmitter>> open = new ConcurrentHashMap<>();

	SseEmitter connect(UUID organizationId) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Set<SseEmitter> emitters = this.open.computeIfAbsent(organizationId, (k) -> ConcurrentHashMap.newKeySet());
		emitters.add(emitter);
		Runnable remove = () -> emitters.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		return emitter;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(InboxItemTriaged event) {
		if (!event.firstTime() && !event.isCrisis()) {
			return;
		}
		Set<SseEmitter> emitters = this.open.get(event.organizationId());
		if (emitters == null || emitters.isEmpty()) {
			return;
		}
		Notice notice = new Notice(event.itemId(), event.isCrisis(),
				event.labels().stream().map((l) -> l.code()).toList());
		for (SseEmitter emitter : emitters) {
			try {
				emitter.send(SseEmitter.event().name("inbox").data(notice, MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException ex) {
				// The page went away: forget it.
				emitters.remove(emitter);
			}
		}
	}

	/** What a page learns: enough to count and to raise a crisis alert. */
	record Notice(UUID itemId, boolean crisis, java.util.List<String> labels) {
	}

}
