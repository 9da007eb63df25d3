package org.carecast.guardrail.web;

import org.carecast.accounts.Role;
import org.carecast.accounts.StaffDirectory;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.audit.AuditTrail;
import org.carecast.guardrail.GuardrailPolicies;
import org.carecast.guardrail.PolicySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guardrail's API, Check page and policy page with an organization's staff directory
 * and policy.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class GuardrailWebIntegrationTests {

	static final String LEAK = "Praying for my dad Ernesto Villanueva, he had his bypass on March 3rd, room 412.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	StaffDirectory staff;

	@Autowired
	GuardrailPolicies policies;

	@Autowired
	AuditTrail auditTrail;

	TestOrganization org;

	@BeforeEach
	void organization() {
		this.org = this.fixtures.create();
	}

	@Test
	void theApiReportsPatientIdentifiersWithOffsets() throws Exception {
		scan(LEAK, "outbound_post", "x").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict", is("block")))
			.andExpect(jsonPath("$.findings[*].type", hasItem("NAME")))
			.andExpect(jsonPath("$.findings[0].start", is(LEAK.indexOf("Ernesto"))))
			.andExpect(jsonPath("$.findings[0].severity", is("block")))
			.andExpect(jsonPath("$.redactedText", containsString("[NAME]")))
			.andExpect(jsonPath("$.redactedText", not(containsString("Villanueva"))));
	}

	@Test
	void inboundIdentifiersAreForReviewNotBlocked() throws Exception {
		scan(LEAK, "inbound", "facebook").andExpect(jsonPath("$.verdict", is("review")));
	}

	@Test
	void namesInTheStaffDirectoryAreNotPatientNames() throws Exception {
		String text = "Our pediatrician Rosalind Oyelaran answers your questions about measles at 6pm.";
		this.staff.add(this.org.admin().actor(), new StaffDirectory.Details("Rosalind Oyelaran", null, null, null));
		scan(text, "outbound_post", "facebook").andExpect(jsonPath("$.findings[?(@.type == 'NAME')]").isEmpty());
	}

	@Test
	void theOrganizationsOwnContactsFromThePolicyAreNotFlagged() throws Exception {
		String text = "Questions about your bill? Text my personal cell 312-555-0142 anytime.";
		scan(text, "outbound_post", "facebook").andExpect(jsonPath("$.findings[?(@.type == 'CONTACT')]").exists());
		PolicySettings settings = new PolicySettings(java.util.Set.of(), java.util.Map.of(), 8, java.util.List.of(),
				java.util.List.of(), java.util.List.of("312-555-0142"));
		this.policies.update(this.org.admin().actor(), settings);
		scan(text, "outbound_post", "facebook").andExpect(jsonPath("$.findings[?(@.type == 'CONTACT')]").isEmpty());
	}

	@Test
	void theGradeTargetAndDisabledChecksOfThePolicyApply() throws Exception {
		String text = "Individuals experiencing persistent hyperglycemia should consult their endocrinologist regarding "
				+ "pharmacological intervention and comprehensive glycemic management strategies.";
		scan(text, "outbound_post", "facebook").andExpect(jsonPath("$.findings[?(@.check == 'literacy')]").exists());
		this.policies.update(this.org.admin().actor(), new PolicySettings(java.util.Set.of("literacy"),
				java.util.Map.of(), 8, java.util.List.of(), java.util.List.of(), java.util.List.of()));
		scan(text, "outbound_post", "facebook").andExpect(jsonPath("$.findings[?(@.check == 'literacy')]").isEmpty());
	}

	@Test
	void badRequestsGetFieldErrors() throws Exception {
		this.mvc
			.perform(post("/api/v1/guardrail/scan").header("Authorization", "Bearer " + this.org.admin().apiToken())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"direction\":\"sideways\",\"network\":\"myspace\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code", is("validation_failed")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("text")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("direction")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("network")));
	}

	@Test
	void theCheckPageMarksFindingsAndRedactsOneWithOneClick() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.org.person(Role.AUTHOR));
		this.mvc.perform(post("/check").session(session).with(csrf()).param("text", LEAK).param("network", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark")))
			.andExpect(content().string(containsString("Blocked")));
		String page = this.mvc
			.perform(post("/check").session(session)
				.with(csrf())
				.param("text", LEAK)
				.param("network", "x")
				.param("fix", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("my dad [NAME], he had").doesNotContain("Villanueva");
	}

	@Test
	void jargonIsReplacedByItsPlainAlternativeWithOneClick() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.org.person(Role.AUTHOR));
		String text = "Hypertension rarely causes symptoms, so check your blood pressure every year.";
		String page = this.mvc
			.perform(post("/check").session(session).with(csrf()).param("text", text).param("network", "facebook"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Replace with \u201cHigh blood pressure\u201d");
		int number = findingNumber(page, "Replace with");
		String fixed = this.mvc
			.perform(post("/check").session(session)
				.with(csrf())
				.param("text", text)
				.param("network", "facebook")
				.param("fix", String.valueOf(number)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fixed).contains("High blood pressure rarely causes symptoms").doesNotContain(">Hypertension");
	}

	/** The number of the finding whose fix button carries {@code label}. */
	private static int findingNumber(String page, String label) {
		int button = page.indexOf(label);
		int value = page.lastIndexOf("name=\"fix\" value=\"", button);
		String digits = page.substring(value + "name=\"fix\" value=\"".length());
		return Integer.parseInt(digits.substring(0, digits.indexOf('"')));
	}

	@Test
	void redactAllRemovesEveryIdentifier() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.org.person(Role.RESPONDER));
		String page = this.mvc
			.perform(post("/check").session(session)
				.with(csrf())
				.param("text", LEAK)
				.param("network", "facebook")
				.param("fixAll", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Villanueva").doesNotContain("March 3rd").contains("No findings");
	}

	@Test
	void typingUpdatesOnlyTheResults() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.org.person(Role.AUTHOR));
		String fragment = this.mvc
			.perform(post("/check").session(session).with(csrf()).header("HX-Request", "true").param("text", LEAK))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"check-results\"").doesNotContain("<html").doesNotContain("<textarea");
	}

	@Test
	void anAdministratorChangesThePolicyAndItIsAuditedWithoutTheTerms() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.org.admin());
		this.mvc
			.perform(post("/admin/guardrail").session(session)
				.with(csrf())
				.param("enabled", "phi", "platform", "accessibility")
				.param("severity_phi", "review")
				.param("gradeTarget", "6")
				.param("denyTerms", "Project Falcon\nOperation Nightingale"))
			.andExpect(redirectedUrl("/admin/guardrail"));
		PolicySettings saved = this.policies.settings(this.org.id());
		assertThat(saved.gradeTarget()).isEqualTo(6);
		assertThat(saved.runs("literacy")).isFalse();
		assertThat(saved.denyTerms()).containsExactly("Project Falcon", "Operation Nightingale");
		AuditRecord record = this.auditTrail
			.search(this.org.id(), new AuditQuery("guardrail.policy_updated", null, null, null, null, 0, 1))
			.get(0);
		assertThat(record.summary()).contains("grade target 8 -> 6")
			.contains("deny terms 0 -> 2")
			.doesNotContain("Falcon");
		this.mvc.perform(get("/admin/guardrail").session(session))
			.andExpect(content().string(containsString("Operation Nightingale")));
	}

	@Test
	void anInvalidPolicyIsRefusedAndNothingIsSaved() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.org.admin());
		this.mvc
			.perform(post("/admin/guardrail").session(session)
				.with(csrf())
				.param("enabled", "phi")
				.param("gradeTarget", "twelve")
				.param("allowTerms", "x".repeat(300)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a school grade between 3 and 16.")))
			.andExpect(content().string(containsString("Keep each entry under 200 characters.")));
		assertThat(this.policies.settings(this.org.id())).isEqualTo(PolicySettings.defaults());
	}

	private ResultActions scan(String text, String direction, String network) throws Exception {
		String body = "{\"text\":" + quote(text) + ",\"direction\":\"" + direction + "\",\"network\":\"" + network
				+ "\"}";
		return this.mvc.perform(post("/api/v1/guardrail/scan")
			.header("Authorization", "Bearer " + this.org.person(Role.AUTHOR).apiToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
