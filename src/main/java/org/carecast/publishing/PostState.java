package org.carecast.publishing;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a post is on its way out. Each state has words for pages, so that no state is
 * told by colour alone.
 */
public enum PostState {

	DRAFT("Draft"), IN_REVIEW("In review"), CHANGES_REQUESTED("Changes requested"), APPROVED("Approved"),
	SCHEDULED("Scheduled"), PUBLISHING("Publishing"), PUBLISHED("Published"), FAILED("Failed"), CANCELLED("Cancelled");

	private final String label;

	PostState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the post waits for people before it may go out. */
	public boolean awaitsApproval() {
		return this == DRAFT || this == IN_REVIEW || this == CHANGES_REQUESTED;
	}

	/** Whether its text may still be changed. */
	public boolean editable() {
		return this != PUBLISHING && this != PUBLISHED && this != CANCELLED;
	}

	public static Optional<PostState> fromCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		for (PostState state : values()) {
			if (state.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(state);
			}
		}
		return Optional.empty();
	}

}
