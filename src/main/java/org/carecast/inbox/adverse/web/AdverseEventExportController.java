package org.carecast.inbox.adverse.web;

import java.nio.charset.StandardCharsets;

import org.carecast.inbox.AdverseEventReports;
import org.carecast.shared.ActorPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organization's adverse-event reports as a CSV download for its pharmacovigilance
 * process; the columns are documented on {@code AdverseEventCsv}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESPONDER', 'REVIEWER')")
class AdverseEventExportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final AdverseEventReports reports;

	AdverseEventExportController(AdverseEventReports reports) {
		this.reports = reports;
	}

	@GetMapping("/inbox/adverse-events.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal ActorPrincipal me) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("adverse-events.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.reports.exportCsv(me.actor()).getBytes(StandardCharsets.UTF_8));
	}

}
