package org.carecast.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.accounts.Role;
import org.carecast.accounts.StaffDirectory;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The browser-facing defences: a Content-Security-Policy that allows no inline script,
 * the usual hardening headers on every response, pages that actually work under that
 * policy, and CSRF protection for every state-changing form, while the stateless API
 * neither needs a CSRF token nor accepts the browser's session in place of a token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class SecurityHeadersIntegrationTests {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern EVENT_HANDLER_ATTRIBUTE = Pattern.compile("<[^>]*\\son[a-z]+\\s*=",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_STYLE = Pattern.compile("<style|<[^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern OTHER_ORIGIN = Pattern.compile("(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private StaffDirectory staff;

	@Autowired
	private JdbcClient jdbc;

	private TestOrganization organization;

	private MockHttpSession admin;

	private UUID member;

	@BeforeEach
	void signedInAdministrator() throws Exception {
		this.organization = this.organizations.create();
		this.member = this.staff
			.add(this.organization.admin().actor(), new StaffDirectory.Details("Header Member", null, null, null))
			.id();
		this.admin = TestSessions.signIn(this.mvc, this.organization.admin());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/staff", "/account", "/account/password", "/admin/users", "/admin/users/new",
			"/admin/users/{person}", "/admin/settings", "/admin/staff/new", "/admin/staff/{member}/edit",
			"/admin/audit" })
	void pagesCarryAStrictContentSecurityPolicyAndHardeningHeaders(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(resolve(path)).session(this.admin))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertStrictPagePolicy(response);
		// Pages show people's details: no browser or proxy may keep a copy.
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void theSignInPageIsProtectedBeforeAnyoneSignsIn() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/login")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertStrictPagePolicy(response);
	}

	@Test
	void refusalsAndRedirectsCarryTheHeadersToo() throws Exception {
		// A framed or sniffed error page is as useful to an attacker as any other.
		assertStrictPagePolicy(this.mvc.perform(get("/admin/users")).andReturn().getResponse());
		MockHttpSession analyst = TestSessions.signIn(this.mvc, this.organization.person(Role.ANALYST));
		MockHttpServletResponse forbidden = this.mvc.perform(get("/admin/users").session(analyst))
			.andReturn()
			.getResponse();
		assertThat(forbidden.getStatus()).isEqualTo(403);
		assertStrictPagePolicy(forbidden);
	}

	@Test
	void apiResponsesForbidEveryKindOfContent() throws Exception {
		// JSON is never rendered as a document, so its policy allows nothing at all.
		for (MockHttpServletRequestBuilder request : List.of(
				get("/api/v1/me").header("Authorization", "Bearer " + this.organization.admin().apiToken()),
				get("/api/v1/me"))) {
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		}
	}

	@Test
	void httpsResponsesAskForStrictTransportSecurity() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/login").secure(true)).andReturn().getResponse();
		assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/login", "/", "/staff", "/account", "/account/password", "/admin/users",
			"/admin/users/new", "/admin/users/{person}", "/admin/settings", "/admin/staff/new",
			"/admin/staff/{member}/edit", "/admin/audit" })
	void pagesWorkUnderThePolicy(String path) throws Exception {
		// The policy would silently break inline script, inline event handlers, inline
		// styles and anything loaded from elsewhere, so pages must not use them.
		MockHttpServletRequestBuilder request = get(resolve(path));
		if (!path.equals("/login")) {
			request.session(this.admin);
		}
		String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("</html>");
		assertThat(find(INLINE_SCRIPT, html)).as("inline <script>").isEmpty();
		assertThat(find(EVENT_HANDLER_ATTRIBUTE, html)).as("inline event handler").isEmpty();
		assertThat(find(INLINE_STYLE, html)).as("inline style").isEmpty();
		assertThat(find(OTHER_ORIGIN, html)).as("resource from another origin").isEmpty();
		assertThat(html).doesNotContain("javascript:");
	}

	@Test
	void postWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		// The form hands out the token, as in a browser.
		this.mvc.perform(get("/admin/staff/new").session(this.admin));
		long before = staffCount();
		assertThat(status(post("/admin/staff").param("fullName", "Forged Member").session(this.admin))).isEqualTo(403);
		assertThat(status(post("/admin/staff").param("fullName", "Forged Member")
			.session(this.admin)
			.with(csrf().useInvalidToken()))).isEqualTo(403);
		assertThat(staffCount()).isEqualTo(before);
		// The same form with its token goes through, so the refusals above were about
		// the token only.
		assertThat(status(post("/admin/staff").param("fullName", "Real Member").session(this.admin).with(csrf())))
			.isEqualTo(302);
		assertThat(staffCount()).isEqualTo(before + 1);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/admin/users/{person}/enabled?enabled=false", "/admin/users/{person}/roles",
			"/admin/users/{person}/password-reset", "/admin/staff/{member}/delete", "/admin/settings?name=Forged",
			"/account/tokens?name=Forged", "/account/password", "/admin/audit/verify", "/logout" })
	void everyFormActionNeedsTheCsrfToken(String path) throws Exception {
		// A page hands out the token, as in a browser.
		this.mvc.perform(get("/account").session(this.admin));
		MockHttpServletRequestBuilder forged = post(resolve(path)).session(this.admin);
		List<Map<String, Object>> before = organizationRows();
		assertThat(status(forged)).isEqualTo(403);
		assertThat(organizationRows()).isEqualTo(before);
		// Still signed in: a forged sign-out must not end the session either.
		assertThat(status(get("/account").session(this.admin))).isEqualTo(200);
	}

	@Test
	void csrfTokenMayComeAsAHeaderForHtmx() throws Exception {
		// carecast.js sends the token as X-CSRF-TOKEN on htmx requests.
		assertThat(status(
				post("/admin/audit/verify").header("HX-Request", "true").session(this.admin).with(csrf().asHeader())))
			.isEqualTo(200);
	}

	@Test
	void signInWithoutCsrfTokenSignsNobodyIn() throws Exception {
		// Login CSRF: a forged sign-in must not sign the victim's browser in to the
		// attacker's account. Without a session there is no token to compare with, so
		// the browser is sent back to the sign-in page as for an expired form and the
		// credentials are never checked.
		MvcResult result = this.mvc
			.perform(post("/login").param("email", this.organization.admin().email())
				.param("password", this.organization.admin().password()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		if (session != null) {
			assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
		}
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where organization_id = ? and action like 'auth.login%' "
					+ "and actor_id = ?")
			.params(this.organization.id(), this.organization.admin().account().id())
			.query(Long.class)
			.single()).as("sign-ins recorded besides the one in setUp").isEqualTo(1);
	}

	@Test
	void theApiNeedsNoCsrfTokenButIgnoresTheBrowserSession() throws Exception {
		// The API skips CSRF protection because it authenticates only with tokens. If it
		// accepted the session cookie, any site could make a signed-in browser call it.
		long before = staffCount();
		assertThat(status(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\":\"Cookie Member\"}")
			.session(this.admin))).isEqualTo(401);
		assertThat(status(get("/api/v1/me").session(this.admin))).isEqualTo(401);
		assertThat(staffCount()).isEqualTo(before);
		assertThat(status(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\":\"Token Member\"}")
			.header("Authorization", "Bearer " + this.organization.admin().apiToken()))).isEqualTo(201);
		assertThat(staffCount()).isEqualTo(before + 1);
	}

	@Test
	void theApiSetsNoSessionCookie() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/me").header("Authorization", "Bearer " + this.organization.admin().apiToken()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getCookie("JSESSIONID")).isNull();
		assertThat(response.getHeader("Set-Cookie")).isNull();
	}

	private void assertStrictPagePolicy(MockHttpServletResponse response) {
		String policy = response.getHeader("Content-Security-Policy");
		assertThat(policy).as("Content-Security-Policy").isNotNull();
		assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
		assertThat(directive(policy, "style-src")).isEqualTo("style-src 'self'");
		assertThat(directive(policy, "default-src")).isEqualTo("default-src 'self'");
		assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
		assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
		assertThat(directive(policy, "base-uri")).isEqualTo("base-uri 'self'");
		assertThat(directive(policy, "form-action")).isEqualTo("form-action 'self'");
		assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("*");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()")
			.contains("microphone=()")
			.contains("geolocation=()");
	}

	private static String directive(String policy, String name) {
		for (String directive : policy.split(";")) {
			String trimmed = directive.strip();
			if (trimmed.equals(name) || trimmed.startsWith(name + " ")) {
				return trimmed;
			}
		}
		return null;
	}

	private static List<String> find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private String resolve(String path) {
		return path.replace("{person}", this.organization.person(Role.AUTHOR).account().id().toString())
			.replace("{member}", this.member.toString());
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private long staffCount() {
		return this.jdbc.sql("select count(*) from staff_member where organization_id = ?")
			.param(this.organization.id())
			.query(Long.class)
			.single();
	}

	/** Everything of the organization a forged form could change. */
	private List<Map<String, Object>> organizationRows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.addAll(this.jdbc.sql("select * from organization where id = ?")
			.param(this.organization.id())
			.query()
			.listOfRows());
		for (String table : List.of("app_user", "user_role", "staff_member", "api_token", "audit_event")) {
			rows.addAll(this.jdbc.sql("select * from " + table + " where organization_id = ? order by 1, 2")
				.param(this.organization.id())
				.query()
				.listOfRows());
		}
		return rows;
	}

}
