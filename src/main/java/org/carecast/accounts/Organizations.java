package org.carecast.accounts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import org.carecast.accounts.internal.OrganizationRepository;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.shared.Actor;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates organizations and changes their settings.
 */
@Service
public class Organizations {

	private final OrganizationRepository repository;

	private final AuditTrail auditTrail;

	private final Clock clock;

	Organizations(OrganizationRepository repository, AuditTrail auditTrail, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * Creates an organization and its audit chain. Used by the admin command and demo
	 * data; there is deliberately no web page for it, as one organization's admin must
	 * not create others.
	 */
	@Transactional
	public Organization create(String name, String timeZone, String createdBy) {
		requireZone(timeZone);
		Organization organization = new Organization(UUID.randomUUID(), name.strip(), timeZone, this.clock.instant());
		this.repository.insert(organization);
		this.auditTrail.startChain(organization.id());
		this.auditTrail.record(new AuditEvent(organization.id(), null, createdBy, "organization.created",
				"organization", organization.id().toString(), AuditEvent.Outcome.SUCCESS,
				"organization created, time zone " + timeZone));
		return organization;
	}

	@Transactional(readOnly = true)
	public Organization get(UUID id) {
		return this.repository.find(id).orElseThrow(() -> new ResourceNotFoundException("Organization"));
	}

	@Transactional
	public Organization updateSettings(Actor actor, String name, String timeZone) {
		requireZone(timeZone);
		Organization before = get(actor.organizationId());
		this.repository.updateSettings(before.id(), name.strip(), timeZone);
		StringBuilder summary = new StringBuilder("settings changed:");
		if (!before.name().equals(name.strip())) {
			summary.append(" name");
		}
		if (!before.timeZone().equals(timeZone)) {
			summary.append(" time zone ").append(before.timeZone()).append(" -> ").append(timeZone);
		}
		this.auditTrail
			.record(AuditEvent.by(actor, "settings.updated", "organization", before.id(), summary.toString()));
		return get(before.id());
	}

	public static boolean isValidZone(String timeZone) {
		return timeZone != null && ZoneId.getAvailableZoneIds().contains(timeZone);
	}

	private static void requireZone(String timeZone) {
		if (!isValidZone(timeZone)) {
			throw new InvalidInputException("Unknown time zone");
		}
	}

}
