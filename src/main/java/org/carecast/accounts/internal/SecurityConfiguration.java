package org.carecast.accounts.internal;

import java.time.Clock;
import java.util.Map;

import org.carecast.audit.AuditTrail;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
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
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder(SecurityProperties properties) {
		// Prefixed hashes ({bcrypt}...) let a later release move to a stronger algorithm
		// and
		// still verify, then upgrade, the old hashes.
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength())));
	}

	@Bean
	AuthenticationManager authenticationManager(CarecastUserDetailsService userDetails, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
		dao.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottlingAuthenticationProvider(dao, throttle));
	}

	@Bean
	ApiTokenAuthenticationFilter apiTokenAuthenticationFilter(ApiTokenRepository tokens, UserRepository users,
			OrganizationRepository organizations, AuditTrail auditTrail, TransactionTemplate transactions,
			SecurityProperties properties, Clock clock) {
		return new ApiTokenAuthenticationFilter(tokens, users, organizations, auditTrail, transactions, properties,
				clock);
	}

	/**
	 * The token filter runs inside the security chains only, not as a plain servlet
	 * filter.
	 */
	@Bean
	FilterRegistrationBean<ApiTokenAuthenticationFilter> apiTokenFilterRegistration(
			ApiTokenAuthenticationFilter filter) {
		FilterRegistrationBean<ApiTokenAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter) throws Exception {
		http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests((auth) -> auth.anyRequest().authenticated())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(tokenFilter, UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling((ex) -> ex
				.authenticationEntryPoint(
						(request, response, e) -> ProblemResponses.write(response, 401, "Unauthorized",
								"unauthenticated", "Send a personal API token as 'Authorization: Bearer cc_...'."))
				.accessDeniedHandler((request, response, e) -> ProblemResponses.write(response, 403, "Forbidden",
						"forbidden", "Your roles do not allow this.")))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, LoginOutcomes outcomes, UserRepository users,
			ApiTokenAuthenticationFilter tokenFilter, AuthenticationManager authenticationManager) throws Exception {
		// Explicit, so that form sign-in always goes through the throttle.
		http.authenticationManager(authenticationManager);
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
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
			// Prometheus scrapers authenticate with an administrator's API token.
			.addFilterBefore(tokenFilter, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new ActiveAccountFilter(users), AuthorizationFilter.class)
			.sessionManagement((session) -> session.invalidSessionUrl("/login?expired"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		return http.build();
	}

}
