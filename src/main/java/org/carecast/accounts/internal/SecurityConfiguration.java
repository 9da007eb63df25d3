package org.carecast.accounts.internal;

import java.time.Clock;

import org.carecast.audit.AuditTrail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains: the JSON API under {@code /api/v1} authenticates with personal API
 * tokens and keeps no session (so CSRF does not apply); everything else is the browser
 * application with form sign-in, CSRF protection and a strict Content-Security-Policy (no
 * inline script or style, nothing from other origins).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	AuthenticationManager authenticationManager(CarecastUserDetailsService userDetails, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
		dao.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottlingAuthenticationProvider(dao, throttle));
	}

	@Bean
	ApiTokenAuthenticationFilter.Factory apiTokenFilters(ApiTokenRepository tokens, UserRepository users,
			OrganizationRepository organizations, AuditTrail auditTrail, TransactionTemplate transactions,
			SecurityProperties properties, Clock clock) {
		return new ApiTokenAuthenticationFilter.Factory(tokens, users, organizations, auditTrail, transactions,
				properties, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticationFilter.Factory tokenFilters)
			throws Exception {
		// Role rules here as well as on the controllers, so a forbidden caller learns
		// nothing
		// from the validation of a body it was never allowed to send.
		// All of /api, so an unknown API version answers like the API, not with a sign-in
		// page.
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/api/v1/users/**", "/api/v1/audit/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/v1/staff/**")
				.authenticated()
				.requestMatchers("/api/v1/staff/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/v1/posts", "/api/v1/posts/*/submit")
				.hasAnyRole("ADMIN", "AUTHOR")
				.requestMatchers(HttpMethod.POST, "/api/v1/posts/*/approve", "/api/v1/posts/*/request-changes")
				.hasAnyRole("ADMIN", "REVIEWER")
				.requestMatchers(HttpMethod.POST, "/api/v1/posts/*/schedule", "/api/v1/posts/*/cancel")
				.hasAnyRole("ADMIN", "AUTHOR", "REVIEWER")
				.requestMatchers("/api/v1/posts/**")
				.hasAnyRole("ADMIN", "AUTHOR", "REVIEWER", "RESPONDER", "ANALYST")
				.anyRequest()
				.authenticated())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(tokenFilters.forAllRequests(), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling((ex) -> ex
				.authenticationEntryPoint(
						(request, response, e) -> ProblemResponses.write(response, 401, "Unauthorized",
								"unauthenticated", "Send a personal API token as 'Authorization: Bearer cc_...'."))
				.accessDeniedHandler((request, response, e) -> ProblemResponses.write(response, 403, "Forbidden",
						"forbidden", "Your roles do not allow this.")))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	/**
	 * The networks' webhooks: public, since a network signs its deliveries instead of
	 * signing in (the controller checks each signature over the raw body), so no session
	 * and no CSRF token. Only GET (verification) and POST (delivery) on
	 * {@code /webhooks/{network}}; anything else there is refused.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/webhooks/*")
			.authorizeHttpRequests((auth) -> auth.requestMatchers(HttpMethod.GET, "/webhooks/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/webhooks/*")
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, LoginOutcomes outcomes, UserRepository users,
			ApiTokenAuthenticationFilter.Factory tokenFilters, AuthenticationManager authenticationManager)
			throws Exception {
		// Explicit, so that form sign-in always goes through the throttle.
		http.authenticationManager(authenticationManager);
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// Post images at their random public address, which Instagram and Threads
			// fetch
			// without an account; the token in the path is the permission.
			.requestMatchers(HttpMethod.GET, "/media/*/*")
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.hasRole("ADMIN")
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.authenticated()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(outcomes.success())
				.failureHandler(outcomes.failure())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.deleteCookies("JSESSIONID")
				.logoutSuccessHandler(outcomes.logout()))
			// Prometheus scrapers authenticate with an administrator's API token; pages
			// do
			// not accept tokens.
			.addFilterBefore(tokenFilters.forPath("/actuator/prometheus"), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new ActiveAccountFilter(users), AuthorizationFilter.class)
			.sessionManagement((session) -> session.invalidSessionUrl("/login?expired"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		return http.build();
	}

}
