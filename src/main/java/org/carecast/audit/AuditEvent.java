package org.carecast.audit;

import java.util.UUID;

import org.carecast.shared.Actor;
import org.jspecify.annotations.Nullable;

/**
 * What happened, as the caller describes it. The audit trail adds time, client address,
 * sequence number and hashes.
 *
 * <p>
 * {@code summary} must never contain post text, message text or health data: say what
 * changed ("roles changed to ADMIN, REVIEWER"), not what was written. {@link AuditTrail}
 * rejects summaries over 500 characters rather than truncating them silently.
 *
 * @param organizationId the organization the event belongs to, or {@code null} for events
 * that belong to none (a failed login for an unknown name)
 * @param actorId the person acting, if known
 * @param actorName the name shown for the actor ("system" for jobs)
 * @param action a stable dotted code such as {@code user.invited}
 * @param resourceType the type of what changed, such as {@code user}
 * @param resourceId the id of what changed
 * @param outcome {@code success} or {@code failure}
 * @param summary a short content-free description
 */
public record AuditEvent(@Nullable UUID organizationId, @Nullable UUID actorId, @Nullable String actorName,
		String action, @Nullable String resourceType, @Nullable String resourceId, Outcome outcome,
		@Nullable String summary) {

	public enum Outcome {

		SUCCESS, FAILURE

	}

	/** A successful change made by a signed-in person. */
	public static AuditEvent by(Actor actor, String action, String resourceType, @Nullable Object resourceId,
			String summary) {
		return new AuditEvent(actor.organizationId(), actor.userId(), actor.displayName(), action, resourceType,
				(resourceId != null) ? resourceId.toString() : null, Outcome.SUCCESS, summary);
	}

}
