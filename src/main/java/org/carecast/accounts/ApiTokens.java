package org.carecast.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.internal.ApiTokenRepository;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.shared.Actor;
import org.carecast.shared.Digests;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 32 random bytes; only its SHA-256 is stored (a fast
 * hash is right here, unlike for passwords, because the secret has 256 bits of entropy).
 */
@Service
public class ApiTokens {

	static final String PREFIX = "cc_";

	private final ApiTokenRepository repository;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository repository, AuditTrail auditTrail, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** A newly issued token; {@code secret} is shown once and cannot be recovered. */
	public record Issued(ApiToken token, String secret) {
	}

	@Transactional
	public Issued issue(Actor actor, String name) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = new ApiToken(UUID.randomUUID(), actor.userId(), name.strip(), secret.substring(0, 10),
				this.clock.instant(), null, null);
		this.repository.insert(actor.organizationId(), token, hash(secret));
		this.auditTrail.record(AuditEvent.by(actor, "api_token.created", "api_token", token.id(), "token created"));
		return new Issued(token, secret);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(Actor actor) {
		return this.repository.list(actor.organizationId(), actor.userId());
	}

	@Transactional
	public void revoke(Actor actor, UUID id) {
		ApiToken token = this.repository.find(actor.organizationId(), actor.userId(), id)
			.orElseThrow(() -> new ResourceNotFoundException("API token"));
		if (token.active()) {
			this.repository.revoke(actor.organizationId(), id, this.clock.instant());
			this.auditTrail.record(AuditEvent.by(actor, "api_token.revoked", "api_token", id, "token revoked"));
		}
	}

	public static String hash(String secret) {
		return Digests.sha256Hex(secret);
	}

}
