package org.carecast.channels.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.carecast.channels.inbound.InboundProperties;
import org.carecast.channels.inbound.LinkedInWebhooks;
import org.carecast.channels.inbound.MetaWebhooks;
import org.carecast.channels.inbound.WebhookVerdict;
import org.carecast.channels.inbound.XWebhooks;
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
 * The public addresses networks push events to: {@code /webhooks/meta} (Facebook Pages,
 * Instagram), {@code /webhooks/x} and {@code /webhooks/linkedin}. No session, no CSRF
 * token and no sign-in: the network's signature is the permission, checked over the raw
 * bytes before anything is parsed. Bodies are never logged or echoed, since they hold
 * what members of the public wrote.
 */
@RestController
class WebhookController {

	static final String META = "meta";

	static final String X = "x";

	static final String LINKEDIN = "linkedin";

	private final MetaWebhooks meta;

	private final XWebhooks x;

	private final LinkedInWebhooks linkedin;

	private final InboundProperties properties;

	WebhookController(MetaWebhooks meta, XWebhooks x, LinkedInWebhooks linkedin, InboundProperties properties) {
		this.meta = meta;
		this.x = x;
		this.linkedin = linkedin;
		this.properties = properties;
	}

	@GetMapping("/webhooks/{network}")
	ResponseEntity<?> verify(@PathVariable String network,
			@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge,
			@RequestParam(name = "crc_token", required = false) String crcToken,
			@RequestParam(name = "challengeCode", required = false) String challengeCode) {
		return switch (network) {
			case META -> this.meta.verify(mode, token, challenge)
				.<ResponseEntity<?>>map((echo) -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(echo))
				.orElseGet(() -> problem(HttpStatus.FORBIDDEN, "verification_refused",
						"The verify token does not match the one configured."));
			case X -> this.x.crc(crcToken)
				.<ResponseEntity<?>>map((response) -> ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("response_token", response)))
				.orElseGet(() -> problem(HttpStatus.FORBIDDEN, "verification_refused",
						"Carecast cannot answer this challenge."));
			case LINKEDIN -> this.linkedin.challenge(challengeCode)
				.<ResponseEntity<?>>map(
						(answer) -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer))
				.orElseGet(() -> problem(HttpStatus.FORBIDDEN, "verification_refused",
						"Carecast cannot answer this challenge."));
			default -> unknown();
		};
	}

	@PostMapping("/webhooks/{network}")
	ResponseEntity<?> receive(@PathVariable String network,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String metaSignature,
			@RequestHeader(name = "x-twitter-webhooks-signature", required = false) @Nullable String xSignature,
			@RequestHeader(name = "X-LI-Signature", required = false) @Nullable String linkedinSignature,
			HttpServletRequest request) throws IOException {
		if (!META.equals(network) && !X.equals(network) && !LINKEDIN.equals(network)) {
			return unknown();
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
		WebhookVerdict verdict = switch (network) {
			case META -> this.meta.receive(body, metaSignature);
			case X -> this.x.receive(body, xSignature);
			default -> this.linkedin.receive(body, linkedinSignature);
		};
		return switch (verdict) {
			case ACCEPTED -> ResponseEntity.ok().build();
			case BAD_SIGNATURE -> problem(HttpStatus.UNAUTHORIZED, "bad_signature",
					"The signature header is missing or does not match the body.");
			case MALFORMED -> problem(HttpStatus.BAD_REQUEST, "malformed_body", "The body is not a JSON object.");
		};
	}

	private static ResponseEntity<ProblemDetail> unknown() {
		return problem(HttpStatus.NOT_FOUND, "not_found", "Carecast takes no webhooks from that network.");
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
