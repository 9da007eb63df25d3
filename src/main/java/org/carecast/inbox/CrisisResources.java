package org.carecast.inbox;

import java.time.Clock;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.inbox.internal.SettingsStore;
import org.carecast.shared.Actor;
import org.carecast.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crisis resources reply: 988 and 911 for everyone in the US, and the organization's
 * own local line when it set one. The text names services only and echoes nothing the
 * person wrote.
 */
@Service
public class CrisisResources {

	static final int LINE_LIMIT = 200;

	private final SettingsStore settings;

	private final AuditTrail audit;

	private final Clock clock;

	CrisisResources(SettingsStore settings, AuditTrail audit, Clock clock) {
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public String localLine(UUID organizationId) {
		return this.settings.localCrisisLine(organizationId).orElse("");
	}

	@Transactional(readOnly = true)
	public String replyText(UUID organizationId) {
		String local = localLine(organizationId);
		return "We're concerned about you and want you to be safe. You can call or text 988, the Suicide & "
				+ "Crisis Lifeline (US, free, 24/7). If you or someone near you is in immediate danger, call 911."
				+ (local.isBlank() ? "" : " You can also reach " + local + ".")
				+ " Please send us a direct message so we can help you privately.";
	}

	@Transactional
	public void setLocalLine(Actor actor, String line) {
		String value = (line != null) ? line.strip() : "";
		if (value.length() > LINE_LIMIT || value.contains("\n") || value.contains("\r")) {
			throw new InvalidInputException("The local crisis line is one line of at most " + LINE_LIMIT
					+ " characters, for example: the County Crisis Line at 555-0100.");
		}
		this.settings.saveLocalCrisisLine(actor.organizationId(), value, this.clock.instant());
		this.audit.record(AuditEvent.by(actor, "inbox.settings.updated", "organization", actor.organizationId(),
				value.isEmpty() ? "local crisis line removed" : "local crisis line set"));
	}

}
