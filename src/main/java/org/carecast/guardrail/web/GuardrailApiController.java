package org.carecast.guardrail.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Media;
import org.carecast.guardrail.OrganizationScanner;
import org.carecast.guardrail.Report;
import org.carecast.shared.ActorPrincipal;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/guardrail", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guardrail", description = "Check text for patient identifiers and platform rules before it goes out")
class GuardrailApiController {

	private final OrganizationScanner scanner;

	GuardrailApiController(OrganizationScanner scanner) {
		this.scanner = scanner;
	}

	record MediaBody(@Size(max = 20, message = "Use a short kind such as image or video.") String kind,
			@Size(max = 5000, message = "Use at most 5,000 characters.") String altText) {
	}

	record ScanRequest(
			@NotNull(message = "Send the text to check.") @Size(max = ScanRequests.MAX_TEXT,
					message = "Send at most 100,000 characters.") String text,
			@NotNull(message = "Say outbound_post, outbound_reply or inbound.") @Pattern(
					regexp = "(?i)outbound|outbound_post|outbound_reply|inbound",
					message = "Say outbound_post, outbound_reply or inbound.") String direction,
			@NotNull(message = "Name the network.") @Pattern(
					regexp = "(?i)facebook|instagram|x|mastodon|bluesky|linkedin|threads",
					message = "Use facebook, instagram, x, mastodon, bluesky, linkedin or threads.") String network,
			@Size(max = 20, message = "Attach at most 20 media items.") List<@Valid MediaBody> media) {
	}

	/**
	 * {@code replacement}, when present, can replace the span as it stands (a one-click
	 * fix).
	 */
	record FindingBody(String check, String type, int start, int end, String severity, double score, String rule,
			String message, String suggestion, String explanation, String replacement) {

		static FindingBody of(Finding f) {
			return new FindingBody(f.check(), f.type(), f.start(), f.end(), f.severity().name().toLowerCase(),
					f.score(), f.rule(), f.message(), f.suggestion(), f.explanation(), f.replacement());
		}

	}

	record ScanResponse(String verdict, List<FindingBody> findings, String redactedText) {
	}

	@PostMapping("/scan")
	@Operation(summary = "Scan a text with your organization's policy and staff directory",
			description = "Offsets are UTF-16 indices (Java String, JavaScript string), end exclusive. "
					+ "The text is not stored or logged.")
	ScanResponse scan(@AuthenticationPrincipal ActorPrincipal me, @Valid @RequestBody ScanRequest body) {
		List<Media> media = (body.media() != null)
				? body.media().stream().map((m) -> new Media(m.kind(), m.altText())).toList() : List.of();
		Report report = this.scanner.scan(me.actor().organizationId(), body.text(),
				ScanRequests.direction(body.direction()).orElseThrow(),
				ScanRequests.network(body.network()).orElseThrow(), media);
		return new ScanResponse(report.verdict().code(), report.findings().stream().map(FindingBody::of).toList(),
				report.redactedText());
	}

}
