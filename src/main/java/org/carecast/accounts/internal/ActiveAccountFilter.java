package org.carecast.accounts.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.carecast.accounts.UserAccount;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in person on every page request, so that disabling someone or
 * changing their roles takes effect at once rather than at their next sign-in, and a
 * person with a one-time password can do nothing but choose a new one.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private static final Set<String> ALLOWED_WHILE_PASSWORD_CHANGE = Set.of("/account/password", "/logout", "/error");

	private final UserRepository users;

	ActiveAccountFilter(UserRepository users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CarecastPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> current = this.users.find(principal.account().organizationId(), principal.account().id());
		if (current.isEmpty() || !current.get().enabled()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?disabled");
			return;
		}
		UserAccount account = current.get();
		if (!account.equals(principal.account())) {
			refresh(request, new CarecastPrincipal(account, principal.organizationName(), null));
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (account.mustChangePassword() && !ALLOWED_WHILE_PASSWORD_CHANGE.contains(path)) {
			response.sendRedirect(request.getContextPath() + "/account/password");
			return;
		}
		chain.doFilter(request, response);
	}

	static void refresh(HttpServletRequest request, CarecastPrincipal principal) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/images/") || path.startsWith("/api/");
	}

}
