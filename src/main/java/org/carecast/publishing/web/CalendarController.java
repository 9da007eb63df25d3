package org.carecast.publishing.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.carecast.publishing.Campaigns;
import org.carecast.publishing.ContentLibrary;
import org.carecast.publishing.Observances;
import org.carecast.publishing.PostRescheduling;
import org.carecast.publishing.Posts;
import org.carecast.shared.Actor;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The planning calendar: a month or a week of posts, observances and campaign spans in
 * the organization's time zone. Posts move by dragging (calendar.js submits the post's
 * own move form) or with that form directly, from the keyboard.
 */
@Controller
class CalendarController {

	private final Posts posts;

	private final PostRescheduling rescheduling;

	private final Campaigns campaigns;

	private final Observances observances;

	private final ContentLibrary library;

	private final OrganizationTime time;

	CalendarController(Posts posts, PostRescheduling rescheduling, Campaigns campaigns, Observances observances,
			ContentLibrary library, OrganizationTime time) {
		this.posts = posts;
		this.rescheduling = rescheduling;
		this.campaigns = campaigns;
		this.observances = observances;
		this.library = library;
		this.time = time;
	}

	@GetMapping("/calendar")
	@PreAuthorize(PostsController.READERS)
	String show(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(required = false) String view,
			@RequestParam(required = false) String date, Model model) {
		Actor actor = me.actor();
		ZoneId zone = this.time.zone(actor);
		LocalDate today = this.library.today(actor);
		CalendarPage.View chosen = CalendarPage.View.of(view);
		LocalDate anchor = anchor(date, today);
		LocalDate[] range = CalendarPage.range(chosen, anchor);
		Instant[] span = CalendarPage.instants(range[0], range[1], zone);
		model.addAttribute("calendar",
				CalendarPage.of(chosen, anchor, zone, today, this.posts.scheduledBetween(actor, span[0], span[1]),
						this.observances.between(range[0], range[1]),
						this.campaigns.overlapping(actor, range[0], range[1])));
		model.addAttribute("zone", zone.getId());
		model.addAttribute("today", today);
		return "publishing/calendar";
	}

	@PostMapping("/calendar/posts/{id}/move")
	@PreAuthorize(PostController.TEAM)
	String move(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String time,
			@RequestParam(required = false) String view, @RequestParam(required = false) String anchor,
			RedirectAttributes redirect) {
		Actor actor = me.actor();
		LocalDate movedTo = null;
		try {
			ZoneId zone = this.time.zone(actor);
			Instant sendAt = localTime(date, time, zone);
			movedTo = LocalDate.ofInstant(sendAt, zone);
			this.rescheduling.move(actor, id, version, sendAt);
			redirect.addFlashAttribute("calendarNotice",
					"Moved to " + OrganizationTime.shown(sendAt, zone) + ". Approval and accounts are unchanged.");
		}
		catch (ConflictException | InvalidInputException ex) {
			// Fixed messages of our own; never the post's text.
			redirect.addFlashAttribute("calendarProblem", ex.getMessage());
			movedTo = null;
		}
		LocalDate shown = (movedTo != null) ? movedTo : anchor(anchor, this.library.today(actor));
		return "redirect:" + UriComponentsBuilder.fromPath("/calendar")
			.queryParam("view", CalendarPage.View.of(view).code())
			.queryParam("date", shown.toString())
			.fragment("post-" + id)
			.build()
			.toUriString();
	}

	/**
	 * The local date and time in the organization's zone. A time that a DST change skips
	 * moves forward by the gap; one that occurs twice is the earlier.
	 */
	static Instant localTime(String date, String time, ZoneId zone) {
		try {
			LocalDate day = LocalDate.parse(date.strip());
			LocalTime at = LocalTime.parse(time.strip());
			if (day.getYear() < 2000 || day.getYear() > 2200) {
				throw new InvalidInputException("Choose a date between the years 2000 and 2200.");
			}
			return ZonedDateTime.of(LocalDateTime.of(day, at), zone).toInstant();
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("Enter the new date as year-month-day and the time as hours:minutes.");
		}
	}

	/**
	 * The day the calendar opens on; anything that is not a plausible date means today.
	 */
	static LocalDate anchor(String value, LocalDate today) {
		if (value == null || value.isBlank()) {
			return today;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			return (date.getYear() >= 2000 && date.getYear() <= 2200) ? date : today;
		}
		catch (DateTimeException ex) {
			return today;
		}
	}

}
