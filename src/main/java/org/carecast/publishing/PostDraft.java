package org.carecast.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an author writes: the fields of a post that a person chooses.
 *
 * @param campaignId the planned campaign the post belongs to, if any
 */
public record PostDraft(String baseText, @Nullable String healthTopic, @Nullable String campaign,
		@Nullable String consentReference, @Nullable String sources, @Nullable Instant scheduledAt,
		List<Target> targets, @Nullable UUID campaignId) {

	public PostDraft {
		baseText = (baseText != null) ? baseText : "";
		targets = (targets != null) ? List.copyOf(targets) : List.of();
	}

	/** A draft in no planned campaign. */
	public PostDraft(String baseText, @Nullable String healthTopic, @Nullable String campaign,
			@Nullable String consentReference, @Nullable String sources, @Nullable Instant scheduledAt,
			List<Target> targets) {
		this(baseText, healthTopic, campaign, consentReference, sources, scheduledAt, targets, null);
	}

	/** One account the post goes to, with what it says there if that differs. */
	public record Target(UUID accountId, @Nullable String textOverride, @Nullable String link,
			@Nullable String firstComment) {

		@Override
		public String toString() {
			return "Target[" + this.accountId + "]";
		}

	}

	public static PostDraft of(String baseText, @Nullable Instant scheduledAt, UUID... accounts) {
		return new PostDraft(baseText, null, null, null, null, scheduledAt,
				java.util.Arrays.stream(accounts).map((a) -> new Target(a, null, null, null)).toList());
	}

	@Override
	public String toString() {
		return "PostDraft[" + this.baseText.length() + " chars, " + this.targets.size() + " targets]";
	}

}
