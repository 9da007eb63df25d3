package org.carecast.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A parsed upload waiting for its author to confirm it. Nothing is written before the
 * confirmation; the id is random, so only the person who uploaded the file can name it.
 */
public record PostImport(UUID id, Instant expiresAt, List<ImportRow> rows) {

	public PostImport {
		rows = List.copyOf(rows);
	}

	public long importable() {
		return this.rows.stream().filter(ImportRow::importable).count();
	}

	public long toReview() {
		return this.rows.stream().filter((r) -> r.outcome() == PostState.IN_REVIEW).count();
	}

	public long toDrafts() {
		return this.rows.stream().filter((r) -> r.outcome() == PostState.DRAFT).count();
	}

	public long leftOut() {
		return this.rows.size() - importable();
	}

	/**
	 * What a confirmation created.
	 *
	 * @param again whether this import had already been confirmed, so nothing new was
	 * created
	 */
	public record Result(List<UUID> created, int inReview, int drafts, int leftOut, boolean again) {

		public Result {
			created = List.copyOf(created);
		}

		Result repeated() {
			return new Result(this.created, this.inReview, this.drafts, this.leftOut, true);
		}

	}

}
