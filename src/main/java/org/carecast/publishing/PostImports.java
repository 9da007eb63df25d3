package org.carecast.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carecast.publishing.internal.ImportFile;
import org.carecast.publishing.internal.ImportRows;
import org.carecast.publishing.internal.ImportWriter;
import org.carecast.publishing.internal.PendingImports;
import org.carecast.shared.Actor;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;

/**
 * Bulk import of posts from a CSV file in two steps: the preview reads and checks every
 * row (guardrail included) and writes nothing; the confirmation creates the posts of the
 * valid rows in one transaction, so either all of them exist or none. Confirming twice
 * creates them once.
 */
@Service
public class PostImports {

	private final ImportRows reader;

	private final PostGuardrail guardrail;

	private final PendingImports pending;

	private final ImportWriter writer;

	PostImports(ImportRows reader, PostGuardrail guardrail, PendingImports pending, ImportWriter writer) {
		this.reader = reader;
		this.guardrail = guardrail;
		this.pending = pending;
		this.writer = writer;
	}

	/**
	 * Reads and checks an uploaded file.
	 * @throws org.carecast.shared.InvalidInputException when the file as a whole cannot
	 * be read
	 */
	public PostImport preview(Actor actor, byte[] upload) {
		List<ImportFile.Row> rows = ImportFile.read(upload);
		List<ImportRow> checked = new ArrayList<>();
		for (ImportRows.Parsed row : this.reader.parse(actor.organizationId(), rows)) {
			List<VariantCheck> checks = row.text().isEmpty() ? List.of()
					: row.accounts()
						.stream()
						.map((a) -> this.guardrail.check(actor.organizationId(), a.id(), a.network(), a.handle(),
								row.text(), row.consentReference(), List.of()))
						.toList();
			checked.add(new ImportRow(row.number(), row.sendAt(),
					row.accounts().stream().map((a) -> a.network().code() + ": " + a.handle()).toList(),
					excerpt(row.text()), row.errors(), checks, row.draft()));
		}
		return this.pending.add(actor, checked);
	}

	/** The upload as previewed, while it waits. */
	public PostImport get(Actor actor, UUID id) {
		return this.pending.find(actor, id).orElseThrow(() -> new ResourceNotFoundException("Import")).preview();
	}

	/**
	 * Creates the posts of the importable rows.
	 * @throws ResourceNotFoundException when the upload expired or is not the actor's
	 */
	public PostImport.Result confirm(Actor actor, UUID id) {
		PendingImports.Entry entry = this.pending.find(actor, id)
			.orElseThrow(() -> new ResourceNotFoundException("Import"));
		synchronized (entry) {
			PostImport.Result earlier = entry.result();
			if (earlier != null) {
				return earlier.repeated();
			}
			PostImport.Result result = this.writer.write(actor, id, entry.rows());
			entry.done(result);
			return result;
		}
	}

	private static String excerpt(String text) {
		int end = text.offsetByCodePoints(0, Math.min(80, text.codePointCount(0, text.length())));
		return (end < text.length()) ? text.substring(0, end) + "\u2026" : text;
	}

}
