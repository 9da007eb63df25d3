package org.carecast.publishing.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.carecast.accounts.Organizations;
import org.carecast.shared.Actor;
import org.carecast.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * Send times as people enter and read them: in the organization's time zone, stored as
 * instants. A local time that a DST change skips moves forward by the gap; one that
 * occurs twice is the earlier of the two, as {@link ZonedDateTime#of} resolves them.
 */
@Component
class OrganizationTime {

	static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz",
			Locale.ENGLISH);

	private final Organizations organizations;

	private final Clock clock;

	OrganizationTime(Organizations organizations, Clock clock) {
		this.organizations = organizations;
		this.clock = clock;
	}

	/** Now, from the application's clock, which the services compare send times with. */
	Instant now() {
		return this.clock.instant();
	}

	ZoneId zone(Actor actor) {
		return ZoneId.of(this.organizations.get(actor.organizationId()).timeZone());
	}

	static Instant parse(String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return ZonedDateTime.of(LocalDateTime.parse(value.strip(), INPUT), zone).toInstant();
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("Enter the send time as a date and time.");
		}
	}

	static String input(Instant instant, ZoneId zone) {
		return (instant != null) ? INPUT.format(instant.atZone(zone)) : "";
	}

	static String shown(Instant instant, ZoneId zone) {
		return (instant != null) ? SHOWN.format(instant.atZone(zone)) : "";
	}

}
