package org.carecast.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundKind;
import org.carecast.guardrail.TriageLabel;
import org.jspecify.annotations.Nullable;

/**
 * One stored comment, mention or direct message, with its triage and the team's work on
 * it. Holds what a member of the public wrote: {@link #toString()} leaves the text and
 * the author out.
 *
 * @param text the text as written; empty once the retention purge removed it
 * @param labelReasons one plain-language reason per label, in label order
 * @param findings content-free guardrail findings ("phi: phone number"), never the
 * matched text
 * @param version optimistic lock: every change names the version it read
 */
public record InboxItem(UUID id, UUID organizationId, UUID accountId, ChannelNetwork network, InboundKind kind,
		String remoteId, String authorHandle, @Nullable String authorName, String text, Instant createdAt,
		Instant receivedAt, @Nullable String inReplyTo, @Nullable String rootPostRemoteId,
		@Nullable String conversationId, @Nullable String url, List<TriageLabel> labels, List<String> labelReasons,
		boolean phiFound, boolean misinformationFound, boolean conductFound, List<String> findings,
		InboxPriority priority, Instant slaDueAt, InboxStatus status, @Nullable UUID assigneeId,
		@Nullable String assigneeName, ModerationState moderation, @Nullable ModerationReason moderationReason,
		boolean legalHold, boolean textPurged, long version) {

	public InboxItem {
		labels = List.copyOf(labels);
		labelReasons = List.copyOf(labelReasons);
		findings = List.copyOf(findings);
	}

	public boolean isCrisis() {
		return this.labels.contains(TriageLabel.CRISIS);
	}

	/** Comments and mentions are seen by everyone; direct messages are not. */
	public boolean isPublic() {
		return this.kind != InboundKind.DIRECT_MESSAGE;
	}

	public SlaState slaState(Instant now, Duration dueSoon) {
		return SlaState.of(this.status, this.slaDueAt, now, dueSoon);
	}

	@Override
	public String toString() {
		// What the public writes can hold their health data: never in logs.
		return "InboxItem[" + this.id + ", " + this.network + ", " + this.kind + ", " + this.labels + ", "
				+ this.text.length() + " chars]";
	}

}
