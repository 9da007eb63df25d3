package org.carecast.guardrail.web;

import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.audit.AuditTrail;
import org.carecast.guardrail.OrganizationClaims;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * An organization's own health myths: a reviewer adds one on the page, the next scan of
 * that organization (and no other) finds it with the organization's correction, and every
 * change is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class ClaimsWebIntegrationTests {

	static final String RUMOUR = "The water from the Millbrook reservoir gives children kidney stones.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	OrganizationClaims claims;

	@Autowired
	AuditTrail auditTrail;

	TestOrganization org;

	MockHttpSession reviewer;

	@BeforeEach
	void organization() throws Exception {
		this.org = this.fixtures.create();
		this.reviewer = TestSessions.signIn(this.mvc, this.org.person(Role.REVIEWER));
	}

	@Test
	void aReviewerAddsAMythAndTheNextScanFindsItWithTheCorrection() throws Exception {
		scan(this.org, "Heads up: " + RUMOUR).andExpect(jsonPath("$.findings[*].rule", not(hasItem("org:millbrook"))));

		this.mvc.perform(form(post("/guardrail/claims"), "millbrook"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/guardrail/claims"));

		scan(this.org, "Heads up: " + RUMOUR).andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[0].check", is("misinformation")))
			.andExpect(jsonPath("$.findings[0].rule", is("org:millbrook")))
			.andExpect(jsonPath("$.findings[0].suggestion", containsString("tested every week")));
		scan(this.org, "Is it true that the Millbrook reservoir water gives kids kidney stones?")
			.andExpect(jsonPath("$.findings[*].rule", not(hasItem("org:millbrook"))));
		// Another organization's scans do not know this organization's myths.
		scan(this.fixtures.create(), "Heads up: " + RUMOUR)
			.andExpect(jsonPath("$.findings[*].rule", not(hasItem("org:millbrook"))));

		AuditRecord added = this.auditTrail
			.search(this.org.id(), new AuditQuery("guardrail.claim_added", null, null, null, null, 0, 1))
			.get(0);
		assertThat(added.summary()).contains("org:millbrook").doesNotContain("kidney");
	}

	@Test
	void aRetiredMythIsNoLongerMatchedAndCanBeRestored() throws Exception {
		this.mvc.perform(form(post("/guardrail/claims"), "millbrook")).andExpect(status().is3xxRedirection());
		UUID id = this.claims.all(this.org.id()).get(0).claim().id();

		this.mvc
			.perform(
					post("/guardrail/claims/{id}/retire", id).param("version", "0").session(this.reviewer).with(csrf()))
			.andExpect(redirectedUrl("/guardrail/claims"));
		scan(this.org, RUMOUR).andExpect(jsonPath("$.findings[*].rule", not(hasItem("org:millbrook"))));
		this.mvc.perform(get("/guardrail/claims").session(this.reviewer))
			.andExpect(content().string(containsString("Retired (not matched)")));

		this.mvc
			.perform(post("/guardrail/claims/{id}/retire", id).param("version", "1")
				.param("retired", "false")
				.session(this.reviewer)
				.with(csrf()))
			.andExpect(redirectedUrl("/guardrail/claims"));
		scan(this.org, RUMOUR).andExpect(jsonPath("$.findings[*].rule", hasItem("org:millbrook")));
	}

	@Test
	void badInputIsExplainedAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/guardrail/claims").param("key", "Bad Key!")
				.param("topic", "astrology")
				.param("myth", "short")
				.param("paraphrases", "only one")
				.param("correction", "x".repeat(281))
				.param("sourceName", "")
				.param("sourceUrl", "javascript:alert(1)")
				.param("lastReviewed", "2999-01-01")
				.session(this.reviewer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not saved")))
			.andExpect(content().string(containsString("lower-case letters")))
			.andExpect(content().string(containsString("Choose a topic")))
			.andExpect(content().string(containsString("starting with https://")))
			.andExpect(content().string(containsString("cannot be in the future")));
		assertThat(this.claims.all(this.org.id())).isEmpty();

		this.mvc.perform(form(post("/guardrail/claims"), "millbrook", "2026-13-45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("year-month-day")));
		assertThat(this.claims.all(this.org.id())).isEmpty();

		this.mvc.perform(form(post("/guardrail/claims"), "millbrook")).andExpect(status().is3xxRedirection());
		this.mvc.perform(form(post("/guardrail/claims"), "millbrook"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already uses this short name")));
		assertThat(this.claims.all(this.org.id())).hasSize(1);
	}

	@Test
	void aStaleEditIsRefusedAndAnotherOrganizationsMythIsNotFound() throws Exception {
		this.mvc.perform(form(post("/guardrail/claims"), "millbrook")).andExpect(status().is3xxRedirection());
		UUID id = this.claims.all(this.org.id()).get(0).claim().id();
		this.mvc.perform(form(post("/guardrail/claims/{id}", id), "millbrook").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(form(post("/guardrail/claims/{id}", id), "millbrook-two").param("version", "0"))
			.andExpect(status().isConflict());
		assertThat(this.claims.get(this.org.id(), id).claim().key()).isEqualTo("millbrook");

		TestOrganization other = this.fixtures.create();
		MockHttpSession outsider = TestSessions.signIn(this.mvc, other.person(Role.ADMIN));
		this.mvc.perform(get("/guardrail/claims/{id}", id).session(outsider)).andExpect(status().isNotFound());
		this.mvc.perform(post("/guardrail/claims/{id}/retire", id).param("version", "1").session(outsider).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.claims.get(this.org.id(), id).retired()).isFalse();
	}

	@Test
	void authorsCannotChangeMyths() throws Exception {
		MockHttpSession author = TestSessions.signIn(this.mvc, this.org.person(Role.AUTHOR));
		this.mvc.perform(get("/guardrail/claims").session(author)).andExpect(status().isForbidden());
		assertThat(this.claims.all(this.org.id())).isEqualTo(List.of());
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String key) {
		return form(request, key, "2026-11-01");
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String key, String reviewed) {
		return request.param("key", key)
			.param("topic", "other")
			.param("myth", RUMOUR)
			.param("paraphrases",
					"Millbrook tap water causes kidney stones in kids\n"
							+ "Our reservoir water is giving children kidney stones")
			.param("correction",
					"Millbrook water is tested every week and meets every federal standard. "
							+ "Kidney stones in children have other causes; ask your pediatrician.")
			.param("sourceName", "Millbrook Water Authority")
			.param("sourceUrl", "https://water.example/millbrook/quality")
			.param("lastReviewed", reviewed)
			.session(this.reviewer)
			.with(csrf());
	}

	private ResultActions scan(TestOrganization organization, String text) throws Exception {
		String body = "{\"text\":\"" + text.replace("\"", "\\\"") + "\",\"direction\":\"outbound_post\","
				+ "\"network\":\"x\"}";
		return this.mvc.perform(post("/api/v1/guardrail/scan")
			.header("Authorization", "Bearer " + organization.person(Role.AUTHOR).apiToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
