package org.carecast.inbox.answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.inbox.answers.AnswerIndex.Hit;
import org.carecast.inbox.answers.AnswerIndex.IndexedAnswer;

import org.springframework.stereotype.Component;

/**
 * Searches an organization's approved answers. An organization has tens or hundreds, so
 * its index is built in milliseconds and kept for its current set of answers: any change
 * (an edit, an approval, a retirement) is a different set and so a new index, and nothing
 * stale is ever searched.
 */
@Component
public class OrganizationAnswerSearch {

	/** How many organizations' indexes stay built at once. */
	private static final int ORGANIZATION_INDEXES = 64;

	private final AnswerLibrary library;

	private final Map<List<OrganizationAnswer>, AnswerIndex> indexes = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<List<OrganizationAnswer>, AnswerIndex> eldest) {
			return size() > ORGANIZATION_INDEXES;
		}
	};

	OrganizationAnswerSearch(AnswerLibrary library) {
		this.library = library;
	}

	/** One answer with its hit. */
	public record Match(OrganizationAnswer answer, Hit hit) {
	}

	public List<Match> search(UUID organizationId, String text, int limit) {
		List<OrganizationAnswer> answers = this.library.suggestable(organizationId);
		if (answers.isEmpty()) {
			return List.of();
		}
		AnswerIndex index = index(answers);
		return index.search(text, limit).stream().map((hit) -> new Match(answers.get(hit.position()), hit)).toList();
	}

	private AnswerIndex index(List<OrganizationAnswer> answers) {
		synchronized (this.indexes) {
			AnswerIndex cached = this.indexes.get(answers);
			if (cached != null) {
				return cached;
			}
		}
		// Built outside the lock: two threads building the same small index only waste a
		// little work.
		AnswerIndex built = AnswerIndex.of(answers.stream()
			.map((a) -> new IndexedAnswer(a.details().question(), "", a.details().answer()))
			.toList());
		synchronized (this.indexes) {
			this.indexes.putIfAbsent(answers, built);
			return this.indexes.get(answers);
		}
	}

}
