package org.carecast.accounts.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.accounts.UserAccount;
import org.carecast.accounts.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt or sign-out: the audit record, the throttle count
 * and where the browser goes next. Failure messages never say whether the email exists.
 */
@Component
class LoginOutcomes {

	private static final Logger log = LoggerFactory.getLogger(LoginOutcomes.class);

	private final AuditTrail auditTrail;

	private final LoginThrottle throttle;

	private final UserRepository users;

	LoginOutcomes(AuditTrail auditTrail, LoginThrottle throttle, UserRepository users) {
		this.auditTrail = auditTrail;
		this.throttle = throttle;
		this.users = users;
	}

	SavedRequestAwareAuthenticationSuccessHandler success() {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, jakarta.servlet.ServletException {
				CarecastPrincipal principal = (CarecastPrincipal) authentication.getPrincipal();
				LoginOutcomes.this.throttle.reset(principal.getUsername());
				LoginOutcomes.this.auditTrail.record(
						AuditEvent.by(principal.actor(), "auth.login", "user", principal.account().id(), "signed in"));
				if (principal.account().mustChangePassword()) {
					getRedirectStrategy().sendRedirect(request, response, "/account/password");
					return;
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			String email = Optional.ofNullable(request.getParameter("email")).orElse("");
			String reason = "credentials";
			if (exception instanceof LoginLockedException locked) {
				reason = "locked";
				response.sendRedirect(request.getContextPath() + "/login?locked=" + minutesUntil(locked.until()));
			}
			else {
				Optional<Instant> lockedNow = countFailure(email, exception);
				if (lockedNow.isPresent()) {
					reason = "locked";
					response.sendRedirect(request.getContextPath() + "/login?locked=" + minutesUntil(lockedNow.get()));
				}
				else {
					response.sendRedirect(request.getContextPath() + "/login?error");
				}
			}
			// Failures against a known account go to its organization's trail, where its
			// administrators see them; failures for unknown emails go to the system
			// chain.
			Optional<UserAccount> target = this.users.credentialsByEmail(UserAdministration.normalizeEmail(email))
				.map(UserRepository.Credentials::account);
			this.auditTrail.record(new AuditEvent(target.map(UserAccount::organizationId).orElse(null),
					target.map(UserAccount::id).orElse(null), maskEmail(email), "auth.login_failed", "user",
					target.map((u) -> u.id().toString()).orElse(null), AuditEvent.Outcome.FAILURE,
					"sign-in refused: " + reason));
		};
	}

	LogoutSuccessHandler logout() {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof CarecastPrincipal principal) {
				this.auditTrail.record(AuditEvent.by(principal.actor(), "auth.logout", "user", principal.account().id(),
						"signed out"));
			}
			response.sendRedirect(request.getContextPath() + "/login?logout");
		};
	}

	private Optional<Instant> countFailure(String email, AuthenticationException exception) {
		if (!(exception instanceof BadCredentialsException) || email.isBlank()) {
			return Optional.empty();
		}
		try {
			return this.throttle.recordFailure(email);
		}
		catch (RuntimeException ex) {
			// Two first failures for one email at the same instant race on the insert;
			// the
			// next failure counts again, so losing one count is harmless.
			log.warn("Could not count a failed sign-in ({})", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	private static long minutesUntil(Instant until) {
		return Math.max(1, Duration.between(Instant.now(), until).toSeconds() / 60 + 1);
	}

	/** "j***@riverside.example": enough to spot an attack, not a readable address. */
	static String maskEmail(String raw) {
		String email = UserAdministration.normalizeEmail(raw);
		if (email.length() > 320) {
			email = email.substring(0, 320);
		}
		int at = email.lastIndexOf('@');
		if (at <= 0) {
			return email.isEmpty() ? "(empty)" : email.charAt(0) + "***";
		}
		String domain = email.substring(at + 1);
		return email.charAt(0) + "***@" + (domain.length() > 100 ? domain.substring(0, 100) : domain);
	}

}
