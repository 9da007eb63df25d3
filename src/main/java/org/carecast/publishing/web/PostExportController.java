package org.carecast.publishing.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.carecast.publishing.Post;
import org.carecast.publishing.PostExports;
import org.carecast.publishing.PostState;
import org.carecast.shared.Actor;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Posts as files: CSV in the import's own columns (so a file can go out, be edited and
 * come back) and an iCalendar feed of what is scheduled or published. Dates of the filter
 * are days of the organization's calendar, both ends included.
 */
@Controller
class PostExportController {

	/** The states a calendar shows: posts with a send time that holds. */
	static final List<PostState> ON_CALENDAR = List.of(PostState.SCHEDULED, PostState.PUBLISHING, PostState.PUBLISHED);

	private final PostExports exports;

	private final OrganizationTime time;

	PostExportController(PostExports exports, OrganizationTime time) {
		this.exports = exports;
		this.time = time;
	}

	@GetMapping("/posts/export.csv")
	@PreAuthorize(PostsController.READERS)
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String state) {
		Actor actor = me.actor();
		ZoneId zone = this.time.zone(actor);
		List<PostState> states = (state(state) != null) ? List.of(state(state)) : List.of();
		List<Post> posts = this.exports.export(actor, filter(from, to, states, zone), "csv");
		return file(PostCsv.write(posts, zone), "carecast-posts.csv", new MediaType("text", "csv"));
	}

	@GetMapping("/posts/export.ics")
	@PreAuthorize(PostsController.READERS)
	ResponseEntity<byte[]> calendar(@AuthenticationPrincipal ActorPrincipal me,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String state) {
		Actor actor = me.actor();
		ZoneId zone = this.time.zone(actor);
		PostState wanted = state(state);
		List<PostState> states = (wanted == null) ? ON_CALENDAR
				: ON_CALENDAR.contains(wanted) ? List.of(wanted) : List.of();
		List<Post> posts = states.isEmpty() ? List.of()
				: this.exports.export(actor, filter(from, to, states, zone), "icalendar");
		return file(PostCalendar.write(posts), "carecast-posts.ics", new MediaType("text", "calendar"));
	}

	private static PostExports.Filter filter(@Nullable String from, @Nullable String to, List<PostState> states,
			ZoneId zone) {
		Instant start = (day(from) != null) ? day(from).atStartOfDay(zone).toInstant() : null;
		Instant end = (day(to) != null) ? day(to).plusDays(1).atStartOfDay(zone).toInstant() : null;
		return new PostExports.Filter(start, end, states);
	}

	private static @Nullable LocalDate day(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("Give the dates as year-month-day, for example 2026-03-08.");
		}
	}

	private static @Nullable PostState state(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return PostState.fromCode(code).orElseThrow(() -> new InvalidInputException("Choose a state from the list."));
	}

	private static ResponseEntity<byte[]> file(String body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(new MediaType(type, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			// The file may hold patient stories; no shared cache keeps it.
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
