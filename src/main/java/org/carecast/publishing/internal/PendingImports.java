package org.carecast.publishing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.carecast.publishing.ImportRow;
import org.carecast.publishing.PostImport;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Uploads between preview and confirmation, in memory: rows may hold patient data that
 * the author has not yet decided to keep, so they are never written anywhere, and they go
 * after {@link #TTL}. An upload belongs to the person who made it. On several instances a
 * confirmation that reaches another instance finds nothing and asks for the file again,
 * which is safe: nothing was written.
 */
@Component
public class PendingImports {

	public static final Duration TTL = Duration.ofMinutes(30);

	static final int PER_PERSON = 5;

	static final int TOTAL = 200;

	private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	PendingImports(Clock clock) {
		this.clock = clock;
	}

	/**
	 * An upload; its monitor serialises confirmations, so a double submit creates once.
	 */
	public static final class Entry {

		private final UUID id;

		private final Actor owner;

		private final Instant expiresAt;

		private volatile @Nullable List<ImportRow> rows;

		private volatile PostImport.@Nullable Result result;

		Entry(UUID id, Actor owner, Instant expiresAt, List<ImportRow> rows) {
			this.id = id;
			this.owner = owner;
			this.expiresAt = expiresAt;
			this.rows = rows;
		}

		public PostImport preview() {
			List<ImportRow> current = this.rows;
			return new PostImport(this.id, this.expiresAt, (current != null) ? current : List.of());
		}

		public @Nullable List<ImportRow> rows() {
			return this.rows;
		}

		public PostImport.@Nullable Result result() {
			return this.result;
		}

		/** Keeps the result for repeated confirmations and lets go of the rows. */
		public void done(PostImport.Result outcome) {
			this.result = outcome;
			this.rows = null;
		}

	}

	public PostImport add(Actor actor, List<ImportRow> rows) {
		Instant now = this.clock.instant();
		this.entries.values().removeIf((e) -> !e.expiresAt.isAfter(now));
		List<Entry> mine = this.entries.values()
			.stream()
			.filter((e) -> e.owner.userId().equals(actor.userId()))
			.sorted(java.util.Comparator.comparing((Entry e) -> e.expiresAt))
			.toList();
		// A person's newest uploads are the ones they mean; the oldest makes room.
		for (int i = 0; i <= mine.size() - PER_PERSON; i++) {
			this.entries.remove(mine.get(i).id);
		}
		if (this.entries.size() >= TOTAL) {
			throw new ConflictException("too_many_imports", "There are too many uploads waiting for confirmation. "
					+ "Confirm or leave them, and try again in a few minutes.");
		}
		Entry entry = new Entry(UUID.randomUUID(), actor, now.plus(TTL), rows);
		this.entries.put(entry.id, entry);
		return entry.preview();
	}

	/** The actor's own upload that has not expired; anyone else's is not found. */
	public Optional<Entry> find(Actor actor, UUID id) {
		Entry entry = this.entries.get(id);
		if (entry == null || !entry.owner.userId().equals(actor.userId())
				|| !entry.owner.organizationId().equals(actor.organizationId())
				|| !entry.expiresAt.isAfter(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(entry);
	}

}
