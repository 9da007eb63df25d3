package org.carecast.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the audit list. Empty values mean "any". Dates are inclusive and
 * interpreted in UTC.
 */
public record AuditQuery(@Nullable String action, @Nullable String resourceType, @Nullable String actor,
		@Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {

	public AuditQuery {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), 200);
	}

	public static AuditQuery firstPage() {
		return new AuditQuery(null, null, null, null, null, 0, 50);
	}

}
