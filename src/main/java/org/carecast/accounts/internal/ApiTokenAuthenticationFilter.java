package org.carecast.accounts.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carecast.accounts.ApiTokens;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer cc_...} with a personal API token. A request
 * with a token that is unknown, revoked or whose owner is disabled is refused outright
 * (401), rather than treated as anonymous, so integrations fail loudly.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final OrganizationRepository organizations;

	private final AuditTrail auditTrail;

	private final TransactionTemplate transactions;

	private final SecurityProperties properties;

	private final Clock clock;

	private final String onlyPath;

	private ApiTokenAuthenticationFilter(Factory factory, String onlyPath) {
		this.tokens = factory.tokens();
		this.users = factory.users();
		this.organizations = factory.organizations();
		this.auditTrail = factory.auditTrail();
		this.transactions = factory.transactions();
		this.properties = factory.properties();
		this.clock = factory.clock();
		this.onlyPath = onlyPath;
	}

	/**
	 * Makes filters for the security chains. The filters are deliberately not beans:
	 * Spring Boot would also register a bean filter for every request, outside the
	 * chains.
	 */
	record Factory(ApiTokenRepository tokens, UserRepository users, OrganizationRepository organizations,
			AuditTrail auditTrail, TransactionTemplate transactions, SecurityProperties properties, Clock clock) {

		ApiTokenAuthenticationFilter forAllRequests() {
			return new ApiTokenAuthenticationFilter(this, null);
		}

		ApiTokenAuthenticationFilter forPath(String path) {
			return new ApiTokenAuthenticationFilter(this, path);
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.onlyPath != null
				&& !this.onlyPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = header.substring(7).strip();
		Optional<CarecastPrincipal> principal = this.transactions.execute((status) -> authenticate(secret));
		if (principal == null || principal.isEmpty()) {
			ProblemResponses.write(response, 401, "Unauthorized", "invalid_token",
					"The API token is unknown, revoked, or its owner is disabled.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<CarecastPrincipal> authenticate(String secret) {
		Optional<ApiTokenRepository.TokenOwner> owner = secret.startsWith("cc_") && secret.length() < 200
				? this.tokens.activeByHash(ApiTokens.hash(secret)) : Optional.empty();
		if (owner.isEmpty()) {
			this.auditTrail.record(new AuditEvent(null, null, null, "api_token.rejected", "api_token", null,
					AuditEvent.Outcome.FAILURE, "unknown or revoked token presented"));
			return Optional.empty();
		}
		ApiTokenRepository.TokenOwner found = owner.get();
		return this.users.find(found.organizationId(), found.userId()).map((account) -> {
			CarecastPrincipal principal = new CarecastPrincipal(account,
					this.organizations.find(account.organizationId()).orElseThrow().name(), null);
			Instant now = this.clock.instant();
			if (found.lastUsedAt() == null
					|| found.lastUsedAt().plus(this.properties.tokenUseAuditInterval()).isBefore(now)) {
				this.tokens.touch(found.tokenId(), now);
				this.auditTrail.record(
						AuditEvent.by(principal.actor(), "api_token.used", "api_token", found.tokenId(), "token used"));
			}
			return principal;
		});
	}

}
