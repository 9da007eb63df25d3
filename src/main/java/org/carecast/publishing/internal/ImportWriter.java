package org.carecast.publishing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carecast.publishing.ImportRow;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostImport;
import org.carecast.publishing.PostReview;
import org.carecast.publishing.PostState;
import org.carecast.publishing.Posts;
import org.carecast.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the posts of one import confirmation in a single transaction, through the same
 * services as the composer, so every post gets the same checks and audit records.
 */
@Component
public class ImportWriter {

	private final Posts posts;

	private final PostReview review;

	private final PostStore store;

	private final TransactionTemplate transactions;

	ImportWriter(Posts posts, PostReview review, PostStore store, TransactionTemplate transactions) {
		this.posts = posts;
		this.review = review;
		this.store = store;
		this.transactions = transactions;
	}

	public PostImport.Result write(Actor actor, UUID importId, List<ImportRow> rows) {
		return this.transactions.execute((status) -> {
			List<UUID> created = new ArrayList<>();
			int inReview = 0;
			for (ImportRow row : rows) {
				if (!row.importable()) {
					continue;
				}
				Post post = this.posts.create(actor, row.draft());
				if (row.outcome() == PostState.IN_REVIEW) {
					this.review.submit(actor, post.id(), post.version());
					inReview++;
				}
				created.add(post.id());
			}
			int leftOut = rows.size() - created.size();
			this.store.auditImport(actor, importId, "imported " + created.size() + " posts from a CSV file (" + inReview
					+ " to review, " + (created.size() - inReview) + " drafts); " + leftOut + " rows left out");
			return new PostImport.Result(created, inReview, created.size() - inReview, leftOut, false);
		});
	}

}
