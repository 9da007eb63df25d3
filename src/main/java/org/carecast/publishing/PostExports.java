package org.carecast.publishing;

import java.time.Instant;
import java.util.List;

import org.carecast.publishing.internal.PostRepository;
import org.carecast.publishing.internal.PostStore;
import org.carecast.shared.Actor;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts for a file that leaves Carecast (CSV, iCalendar). Each export is audited, as the
 * file may hold what patients told the organization.
 */
@Service
public class PostExports {

	/** Enough for years of a busy calendar; a larger export is a filter away. */
	public static final int LIMIT = 5000;

	private final PostRepository repository;

	private final PostStore store;

	PostExports(PostRepository repository, PostStore store) {
		this.repository = repository;
		this.store = store;
	}

	/**
	 * What to export: send times in {@code [from, to)}, and the states wanted (all when
	 * empty).
	 */
	public record Filter(@Nullable Instant from, @Nullable Instant to, List<PostState> states) {

		public Filter {
			states = List.copyOf(states);
			if (from != null && to != null && !from.isBefore(to)) {
				throw new InvalidInputException("The end of the date range must come after its start.");
			}
		}

	}

	@Transactional
	public List<Post> export(Actor actor, Filter filter, String format) {
		List<Post> posts = this.repository.between(actor.organizationId(), filter.states(), filter.from(), filter.to(),
				LIMIT);
		this.store.auditExport(actor, "exported " + posts.size() + " posts as " + format
				+ ((filter.states().isEmpty()) ? ""
						: " (" + String.join(", ", filter.states().stream().map(PostState::code).toList()) + ")")
				+ ((filter.from() != null) ? " from " + filter.from() : "")
				+ ((filter.to() != null) ? " until " + filter.to() : ""));
		return posts;
	}

}
