package org.carecast.shared.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.carecast.accounts.ApiTokens;
import org.carecast.accounts.Role;
import org.carecast.accounts.StaffDirectory;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.Person;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.accounts.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Errors of the JSON API are RFC 9457 problem bodies with a stable {@code code}, a failed
 * request leaves nothing half-written, and no error, of the API or of a page, shows a
 * stack trace, an exception name or a request value. Most checks use MockMvc; error pages
 * are fetched from the running server, because only the servlet container forwards an
 * error to the error page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ApiProblemIntegrationTests.Failing.class,
		ApiProblemIntegrationTests.FailingPage.class })
class ApiProblemIntegrationTests {

	/** Stands for patient data that reaches an exception message. */
	static final String SENSITIVE = "Jane Roe MRN 4711";

	private static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "\tat ", "Caused by",
			"\"trace\"", SENSITIVE);

	/** An API endpoint that fails the way an unexpected bug would. */
	@RestController
	static class Failing {

		@GetMapping("/api/v1/test-only/failure")
		String fail() {
			throw new IllegalStateException("Could not load " + SENSITIVE);
		}

		/** Libraries put input into such messages; they must not reach the client. */
		@GetMapping("/api/v1/test-only/bad-argument")
		String badArgument() {
			throw new IllegalArgumentException("Cannot parse " + SENSITIVE);
		}

	}

	/** A page that fails the way an unexpected bug would. */
	@Controller
	static class FailingPage {

		@GetMapping("/test-only/failure")
		String fail() {
			throw new IllegalStateException("Could not load " + SENSITIVE);
		}

	}

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private UserAdministration users;

	@Autowired
	private StaffDirectory staff;

	@Autowired
	private JdbcClient jdbc;

	private TestOrganization organization;

	private Person admin;

	@BeforeEach
	void organization() {
		this.organization = this.organizations.create();
		this.admin = this.organization.admin();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"fullName\": ", "not json at all", "[1, 2, 3]", "{\"fullName\": {\"nested\": 1}}", "" })
	void malformedJsonIsABadRequest(String body) throws Exception {
		Map<String, Long> before = rowCounts();
		expectProblem(api(post("/api/v1/staff"), this.admin).contentType(MediaType.APPLICATION_JSON).content(body), 400,
				"malformed_request");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void unknownRoleNamesAreMalformed() throws Exception {
		Map<String, Long> before = rowCounts();
		expectProblem(
				json(post("/api/v1/users"),
						"{\"email\":\"" + uniqueEmail() + "\",\"displayName\":\"New\",\"roles\":[\"SUPERUSER\"]}"),
				400, "malformed_request");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void blankStaffNameFailsValidationWithFieldErrors() throws Exception {
		Map<String, Long> before = rowCounts();
		expectProblem(json(post("/api/v1/staff"), "{\"fullName\":\"   \",\"publicHandle\":\"has spaces in it\"}"), 400,
				"validation_failed")
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("fullName", "publicHandle")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Enter the person's full name.")));
		expectProblem(json(post("/api/v1/staff"), "{}"), 400, "validation_failed")
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("fullName")));
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void badInvitationFailsValidationWithFieldErrorsAndEchoesNoValue() throws Exception {
		Map<String, Long> before = rowCounts();
		String body = expectProblem(
				json(post("/api/v1/users"),
						"{\"email\":\"not-an-email-" + SENSITIVE + "\",\"displayName\":\"New\",\"roles\":[]}"),
				400, "validation_failed")
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("email", "roles")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Field names and fixed messages only: values may be patient data.
		assertThat(body).doesNotContain(SENSITIVE).doesNotContain("not-an-email");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void missingRolesAndFlagsFailValidation() throws Exception {
		UUID analyst = this.organization.person(Role.ANALYST).account().id();
		Map<String, Long> before = rowCounts();
		expectProblem(json(put("/api/v1/users/{id}/roles", analyst), "{}"), 400, "validation_failed")
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("roles")));
		expectProblem(json(put("/api/v1/users/{id}/enabled", analyst), "{}"), 400, "validation_failed")
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("enabled")));
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void aNullRoleIsABadRequestNotAServerError() throws Exception {
		UUID analyst = this.organization.person(Role.ANALYST).account().id();
		Map<String, Long> before = rowCounts();
		expectProblem(json(put("/api/v1/users/{id}/roles", analyst), "{\"roles\":[null]}"), 400, "malformed_request");
		expectProblem(
				json(post("/api/v1/users"),
						"{\"email\":\"" + uniqueEmail() + "\",\"displayName\":\"New\",\"roles\":[null]}"),
				400, "malformed_request");
		assertThat(rowCounts()).isEqualTo(before);
		assertThat(this.users.get(this.admin.actor(), analyst).roles()).containsExactly(Role.ANALYST);
	}

	@Test
	void springsOwnErrorsCarryACodeToo() throws Exception {
		Map<String, Long> before = rowCounts();
		expectProblem(api(post("/api/v1/staff"), this.admin).contentType(MediaType.TEXT_PLAIN).content("fullName=x"),
				415, "unsupported_media_type");
		expectProblem(json(post("/api/v1/staff"), "{\"fullName\":\"Someone\"}").accept(MediaType.APPLICATION_XML), 406,
				"not_acceptable");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void addressesAndMethodsTheApiDoesNotHaveAreProblemsToo() throws Exception {
		// These fail before any controller is chosen.
		expectProblem(api(get("/api/v1/no-such-thing"), this.admin), 404, "not_found");
		expectProblem(api(get("/api/v2/staff"), this.admin), 404, "not_found");
		expectProblem(json(patch("/api/v1/staff/{id}", UUID.randomUUID()), "{}"), 405, "method_not_allowed")
			.andExpect(header().string("Allow", containsString("PUT")));
		expectProblem(api(delete("/api/v1/users"), this.admin), 405, "method_not_allowed");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "from=not-a-date", "to=2026-13-45", "page=abc", "size=lots" })
	void malformedQueryParametersAreBadRequestsNotMissingResources(String query) throws Exception {
		String name = query.substring(0, query.indexOf('='));
		expectProblem(api(get("/api/v1/audit?" + query), this.admin), 400, "validation_failed")
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(name)));
	}

	@Test
	void unknownIdsAreNotFound() throws Exception {
		Map<String, Long> before = rowCounts();
		UUID nobody = UUID.randomUUID();
		expectProblem(api(get("/api/v1/staff/{id}", nobody), this.admin), 404, "not_found")
			.andExpect(jsonPath("$.detail").value("Staff member not found."));
		expectProblem(json(put("/api/v1/staff/{id}", nobody), "{\"fullName\":\"Someone\"}"), 404, "not_found");
		expectProblem(api(delete("/api/v1/staff/{id}", nobody), this.admin), 404, "not_found");
		expectProblem(api(get("/api/v1/users/{id}", nobody), this.admin), 404, "not_found")
			.andExpect(jsonPath("$.detail").value("User not found."));
		expectProblem(json(put("/api/v1/users/{id}/roles", nobody), "{\"roles\":[]}"), 404, "not_found");
		expectProblem(json(put("/api/v1/users/{id}/enabled", nobody), "{\"enabled\":true}"), 404, "not_found");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/staff/not-a-uuid", "/api/v1/users/12345", "/api/v1/staff/%27%20or%201=1--" })
	void malformedIdsInApiPathsAreNotFound(String path) throws Exception {
		String body = expectProblem(api(get(URI.create(path)), this.admin), 404, "not_found").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("UUID").doesNotContain("Exception");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/admin/users/not-a-uuid", "/admin/staff/not-a-uuid/edit" })
	void malformedIdsInPagePathsAreNotFound(String path) throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.admin);
		String page = this.mvc.perform(get(path).session(session))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("We could not find that page");
		assertNoLeak(page);
	}

	@Test
	void malformedIdsInPagePostsChangeNothing() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.admin);
		Map<String, Long> before = rowCounts();
		this.mvc.perform(post("/admin/staff/not-a-uuid/delete").session(session).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/not-a-uuid/roles").param("roles", "ADMIN").session(session).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void invitingAnEmailThatIsTakenIsAConflict() throws Exception {
		Map<String, Long> before = rowCounts();
		String taken = this.organization.person(Role.AUTHOR).email();
		expectProblem(
				json(post("/api/v1/users"),
						"{\"email\":\"" + taken + "\",\"displayName\":\"Again\",\"roles\":[\"AUTHOR\"]}"),
				409, "email_taken");
		// Emails are compared as stored: lower-cased.
		expectProblem(
				json(post("/api/v1/users"),
						"{\"email\":\"" + taken.toUpperCase() + "\",\"displayName\":\"Again\",\"roles\":[\"AUTHOR\"]}"),
				409, "email_taken");
		// Email is the sign-in name, so it is unique across organizations too.
		String elsewhere = this.organizations.create().admin().email();
		before = rowCounts();
		expectProblem(
				json(post("/api/v1/users"),
						"{\"email\":\"" + elsewhere + "\",\"displayName\":\"Again\",\"roles\":[\"AUTHOR\"]}"),
				409, "email_taken");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void invitingATakenEmailOnThePageShowsTheFormAgainAndWritesNothing() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.admin);
		Map<String, Long> before = rowCounts();
		String page = this.mvc
			.perform(post("/admin/users").param("email", this.organization.person(Role.AUTHOR).email())
				.param("displayName", "Again")
				.param("roles", "AUTHOR")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Someone already signs in with this email.");
		this.mvc
			.perform(post("/admin/staff").param("fullName", " ")
				.param("publicHandle", "has spaces")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void businessRuleConflictsChangeNothing() throws Exception {
		Map<String, Long> before = rowCounts();
		UUID adminId = this.admin.account().id();
		expectProblem(json(put("/api/v1/users/{id}/roles", adminId), "{\"roles\":[\"AUTHOR\"]}"), 409, "last_admin");
		expectProblem(json(put("/api/v1/users/{id}/enabled", adminId), "{\"enabled\":false}"), 409,
				"cannot_disable_self");
		assertThat(rowCounts()).isEqualTo(before);
		assertThat(this.users.get(this.admin.actor(), adminId).roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void aRevokedTokenIsRefused() throws Exception {
		ApiTokens.Issued issued = this.tokens.issue(this.admin.actor(), "soon revoked");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk());
		this.tokens.revoke(this.admin.actor(), issued.token().id());
		Map<String, Long> before = rowCounts();
		expectProblem(json(post("/api/v1/staff"), "{\"fullName\":\"Someone\"}", issued.secret()), 401, "invalid_token");
		expectProblem(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()), 401, "invalid_token");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void unknownAndDisabledOwnersTokensAreRefused() throws Exception {
		expectProblem(get("/api/v1/me").header("Authorization", "Bearer cc_unknown"), 401, "invalid_token");
		expectProblem(get("/api/v1/me").header("Authorization", "Bearer not-even-ours"), 401, "invalid_token");
		Person analyst = this.organization.person(Role.ANALYST);
		this.users.setEnabled(this.admin.actor(), analyst.account().id(), false);
		expectProblem(get("/api/v1/me").header("Authorization", "Bearer " + analyst.apiToken()), 401, "invalid_token");
		expectProblem(get("/api/v1/me"), 401, "unauthenticated");
		expectProblem(get("/api/v1/me").header("Authorization", "Basic YWRtaW46YWRtaW4="), 401, "unauthenticated");
	}

	@Test
	void anArbitraryIllegalArgumentIsNotEchoedAsABadRequest() throws Exception {
		String body = expectProblem(api(get("/api/v1/test-only/bad-argument"), this.admin), 500, "internal_error")
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertNoLeak(body);
	}

	@Test
	void apiServerErrorsSayNothingAboutTheCause() throws Exception {
		String body = expectProblem(api(get("/api/v1/test-only/failure"), this.admin), 500, "internal_error")
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertNoLeak(body);
		HttpResponse<String> real = http().send(HttpRequest.newBuilder(url("/api/v1/test-only/failure"))
			.header("Authorization", "Bearer " + this.admin.apiToken())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(real.statusCode()).isEqualTo(500);
		assertThat(real.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(JsonPath.<String>read(real.body(), "$.code")).isEqualTo("internal_error");
		assertNoLeak(real.body());
	}

	@Test
	void errorPagesShowNoStackTraceExceptionOrRequestValue() throws Exception {
		HttpClient browser = signedInBrowser(this.admin);

		HttpResponse<String> failure = browser.send(page("/test-only/failure"), HttpResponse.BodyHandlers.ofString());
		assertThat(failure.statusCode()).isEqualTo(500);
		assertThat(failure.body()).contains("Something went wrong");
		assertNoLeak(failure.body());

		for (String path : List.of("/admin/users/" + UUID.randomUUID(), "/admin/staff/" + UUID.randomUUID() + "/edit",
				"/admin/users/not-a-uuid", "/no-such-page", "/no-such-page?q=" + encode(SENSITIVE))) {
			HttpResponse<String> missing = browser.send(page(path), HttpResponse.BodyHandlers.ofString());
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(missing.body()).as(path).contains("We could not find that page");
			assertNoLeak(missing.body());
		}

		// A form address opened as a link: the API's problem bodies stay on the API.
		HttpResponse<String> wrongMethod = browser.send(page("/admin/audit/verify"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(MediaType.TEXT_HTML_VALUE));
		assertNoLeak(wrongMethod.body());
	}

	@Test
	void errorsWhileSignedOutShowNoStackTraceEither() throws Exception {
		HttpResponse<String> failure = http().send(
				HttpRequest.newBuilder(url("/error")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertNoLeak(failure.body());
		HttpResponse<String> json = http().send(
				HttpRequest.newBuilder(url("/error")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertNoLeak(json.body());
	}

	private ResultActions expectProblem(MockHttpServletRequestBuilder request, int status, String code)
			throws Exception {
		ResultActions result = this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isNotEmpty());
		if (code != null) {
			result.andExpect(jsonPath("$.code").value(code));
		}
		assertNoLeak(result.andReturn().getResponse().getContentAsString());
		return result;
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return json(request, body, this.admin.apiToken());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body,
			String token) {
		return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Person person) {
		return request.header("Authorization", "Bearer " + person.apiToken());
	}

	private static void assertNoLeak(String body) {
		for (String leak : LEAKS) {
			assertThat(body).as("error body").doesNotContain(leak);
		}
	}

	/**
	 * Rows that belong to the organization, per table: what a half-done request would
	 * leave behind.
	 */
	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("app_user", "user_role", "staff_member", "api_token")) {
			counts.put(table,
					this.jdbc.sql("select count(*) from " + table + " where organization_id = ?")
						.param(this.organization.id())
						.query(Long.class)
						.single());
		}
		// The first use of a token in a while is audited whatever the request does; that
		// record is not part of the request's work.
		counts.put("audit_event",
				this.jdbc
					.sql("select count(*) from audit_event where organization_id = ? and action <> 'api_token.used'")
					.param(this.organization.id())
					.query(Long.class)
					.single());
		counts.put("all users",
				this.jdbc.sql("select count(*) from app_user where email like 'problem-%'").query(Long.class).single());
		return counts;
	}

	/** A page request as a browser sends it, asking for HTML. */
	private HttpRequest page(String path) {
		return HttpRequest.newBuilder(url(path)).header("Accept", "text/html,application/xhtml+xml").build();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpClient http() {
		return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * Signs in through the real form, as a browser does: fetch the form, then post it.
	 */
	private HttpClient signedInBrowser(Person person) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).as("CSRF token on the sign-in form").isTrue();
		String body = "email=" + encode(person.email()) + "&password=" + encode(person.password()) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error").doesNotContain("expired"));
		return browser;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String uniqueEmail() {
		return "problem-" + UUID.randomUUID() + "@clinic.example";
	}

}
