package org.carecast.inbox;

import java.util.Optional;

/**
 * Why a comment was hidden or deleted. The list is viewpoint-neutral on purpose: a public
 * agency's page is a limited public forum, so it may remove content for what it does
 * (spam, threats, exposing someone's health data), never for the opinion it holds. Each
 * reason is written into the audit trail with the action.
 */
public enum ModerationReason {

	SPAM("Spam: repeated or automated posting"), COMMERCIAL_SOLICITATION("Advertising or selling products or services"),
	OFF_TOPIC_REPEATED("Repeatedly off the topic of the post"),
	PRIVACY_PROTECTION("Exposes someone's health or personal information"),
	THREATS("Threats of violence or harm to a person"), OBSCENITY("Obscene or sexually explicit content"),
	IMPERSONATION("Impersonates another person or organization"),
	ILLEGAL_CONDUCT("Promotes or arranges clearly illegal activity");

	private final String description;

	ModerationReason(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

	public static Optional<ModerationReason> fromCode(String code) {
		for (ModerationReason r : values()) {
			if (r.name().equalsIgnoreCase((code != null) ? code.trim() : "")) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

}
