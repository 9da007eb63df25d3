package org.carecast.publishing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of an uploaded CSV file as the preview shows it: what it would become, or why
 * it cannot be imported.
 *
 * @param row the row number a spreadsheet shows (the header is row 1)
 * @param accounts the matched accounts as "network: handle"
 * @param excerpt the start of the text, for the preview page only
 * @param errors why the row cannot be imported, in plain words; empty when it can
 * @param checks the guardrail's findings per account
 * @param draft what would be created, or {@code null} when the row has errors
 */
public record ImportRow(int row, @Nullable Instant sendAt, List<String> accounts, String excerpt, List<String> errors,
		List<VariantCheck> checks, @Nullable PostDraft draft) {

	public ImportRow {
		accounts = List.copyOf(accounts);
		errors = List.copyOf(errors);
		checks = List.copyOf(checks);
	}

	public boolean importable() {
		return this.errors.isEmpty() && this.draft != null;
	}

	public boolean blocked() {
		return PostGuardrail.blocks(this.checks);
	}

	/**
	 * The state the post is created in: rows the guardrail blocks become drafts for their
	 * author to fix, so that reviewers only receive posts they can approve; the others go
	 * straight to review, as the author has seen every finding in the preview.
	 */
	public @Nullable PostState outcome() {
		if (!importable()) {
			return null;
		}
		return blocked() ? PostState.DRAFT : PostState.IN_REVIEW;
	}

	@Override
	public String toString() {
		return "ImportRow[" + this.row + ", " + this.errors.size() + " errors]";
	}

}
