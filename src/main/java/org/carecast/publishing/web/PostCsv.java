package org.carecast.publishing.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.carecast.publishing.Post;
import org.carecast.publishing.Variant;
import org.carecast.publishing.internal.ImportFile;
import org.carecast.publishing.internal.ImportRows;
import org.carecast.shared.csv.CsvWriter;

/**
 * Posts as CSV in the columns the import reads, then three it reads past (the send time
 * in UTC, the state and the id). Accounts are written as {@code network:handle}, which
 * the import matches exactly. Per-account own texts are not exported: a row has one text.
 */
final class PostCsv {

	static final List<String> HEADER;

	static {
		List<String> header = new ArrayList<>(ImportFile.COLUMNS);
		header.addAll(List.of("send_at_utc", "state", "id"));
		HEADER = List.copyOf(header);
	}

	private PostCsv() {
	}

	static String write(List<Post> posts, ZoneId zone) {
		CsvWriter csv = new CsvWriter();
		csv.row(HEADER);
		for (Post post : posts) {
			csv.row(List.of(
					(post.scheduledAt() != null) ? ImportRows.SEND_AT.format(post.scheduledAt().atZone(zone)) : "",
					String.join(" ",
							post.variants().stream().map((v) -> v.network().code() + ":" + v.handle()).toList()),
					post.baseText(), link(post), orEmpty(post.campaign()), orEmpty(post.healthTopic()),
					orEmpty(post.consentReference()), orEmpty(post.sources()),
					(post.scheduledAt() != null) ? post.scheduledAt().toString() : "", post.state().code(),
					post.id().toString()));
		}
		return CsvWriter.BYTE_ORDER_MARK + csv;
	}

	private static String link(Post post) {
		return post.variants().stream().map(Variant::link).filter((l) -> l != null).findFirst().orElse("");
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
