package org.carecast.channels.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.carecast.channels.inbound.InboundProperties;
import org.carecast.channels.inbound.MetaWebhooks;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public addresses networks push events to ({@code /webhooks/{network}}; only Meta's
 * for now). No session, no CSRF token and no sign-in: the network's signature is the
 * permission, checked over the raw bytes before anything is parsed. Bodies are never
 * logged or echoed, since they hold what members of the public wrote.
 */
@RestController
class WebhookController {

	static final String META = "meta";

	private final MetaWebhooks meta;

	private final InboundProperties properties;

	WebhookController(MetaWebhooks meta, InboundProperties properties) {
		this.meta = meta;
		this.properties = properties;
	}

	@GetMapping(path = "/webhooks/{network}", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<?> verify(@PathVariable String network,
			@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		if (!META.equals(network)) {
			return problem(HttpStatus.NOT_FOUND, "not_found", "Carecast takes no webhooks from that network.");
		}
		return this.meta.verify(mode, token, challenge)
			.<ResponseEntity<?>>map((echo) -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(echo))
			.orElseGet(() -> problem(HttpStatus.FORBIDDEN, "verification_refused",
					"The verify token does not match the one configured."));
	}

	@PostMapping("/webhooks/{network}")
	ResponseEntity<?> receive(@PathVariable String network,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String signature,
			HttpServletRequest request) throws IOException {
		if (!META.equals(network)) {
			return problem(HttpStatus.NOT_FOUND, "not_found", "Carecast takes no webhooks from that network.");
		}
		int max = this.properties.maxWebhookBytes();
		if (request.getContentLengthLong() > max) {
			return tooLarge(max);
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(max + 1);
		}
		if (body.length > max) {
			return tooLarge(max);
		}
		return switch (this.meta.receive(body, signature)) {
			case ACCEPTED -> ResponseEntity.ok().build();
			case BAD_SIGNATURE -> problem(HttpStatus.UNAUTHORIZED, "bad_signature",
					"The X-Hub-Signature-256 header is missing or does not match the body.");
			case MALFORMED -> problem(HttpStatus.BAD_REQUEST, "malformed_body", "The body is not a JSON object.");
		};
	}

	private static ResponseEntity<ProblemDetail> tooLarge(int max) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "body_too_large",
				"Webhook bodies may be at most " + max + " bytes.");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
