package org.carecast.shared.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formats instants for pages as {@code ${@displayTime.utc(instant)}}. Times are shown in
 * UTC with the zone named, so nobody misreads them; organization-local display comes with
 * the calendar.
 */
@Component("displayTime")
public class DisplayTime {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String utc(Instant instant) {
		return (instant != null) ? UTC.format(instant) : "";
	}

}
