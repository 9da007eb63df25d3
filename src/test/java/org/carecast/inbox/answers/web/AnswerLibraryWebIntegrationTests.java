package org.carecast.inbox.answers.web;

import java.time.LocalDate;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.audit.AuditTrail;
import org.carecast.inbox.answers.AnswerLibrary;
import org.carecast.inbox.answers.OrganizationAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The answer library page: a reviewer adds a draft, fixes the fields the form names,
 * approves it; an edit sends it back to draft; responders read but cannot change; every
 * change is audited without the answer's words.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class AnswerLibraryWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	AnswerLibrary library;

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
	void aReviewerAddsFixesAndApprovesAnAnswer() throws Exception {
		this.mvc.perform(form(post("/inbox/answers"), "Hi?", "short", "", "not a url", "2001-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not saved:")))
			.andExpect(content().string(containsString("id=\"question-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("it must be in the future")));
		assertThat(this.library.all(this.org.id())).isEmpty();

		this.mvc
			.perform(form(post("/inbox/answers"), "When is the walk-in flu clinic open?",
					"Our walk-in flu clinic is open Monday to Friday, 8am to 6pm, at the Main Street site.",
					"Millbrook Clinic", "https://millbrook.example.org/flu", LocalDate.now().plusYears(1).toString()))
			.andExpect(redirectedUrl("/inbox/answers"));
		OrganizationAnswer added = this.library.all(this.org.id()).get(0);
		assertThat(added.status()).isEqualTo(OrganizationAnswer.Status.DRAFT);

		this.mvc
			.perform(post("/inbox/answers/{id}/approve", added.id()).param("version", "0")
				.session(this.reviewer)
				.with(csrf()))
			.andExpect(redirectedUrl("/inbox/answers"));
		assertThat(this.library.get(this.org.id(), added.id()).status()).isEqualTo(OrganizationAnswer.Status.APPROVED);
		assertThat(this.library.suggestable(this.org.id())).hasSize(1);

		// An edit needs a new approval.
		this.mvc
			.perform(form(post("/inbox/answers/{id}", added.id()), "When is the walk-in flu clinic open?",
					"Our walk-in flu clinic is open Monday to Saturday, 8am to 6pm, at the Main Street site.",
					"Millbrook Clinic", "https://millbrook.example.org/flu", LocalDate.now().plusYears(1).toString())
				.param("version", "1"))
			.andExpect(redirectedUrl("/inbox/answers"));
		assertThat(this.library.suggestable(this.org.id())).isEmpty();
		// A stale version is refused, not applied.
		this.mvc
			.perform(post("/inbox/answers/{id}/approve", added.id()).param("version", "1")
				.session(this.reviewer)
				.with(csrf()))
			.andExpect(status().isConflict());

		for (String action : new String[] { "inbox.answer_added", "inbox.answer_approved", "inbox.answer_updated" }) {
			AuditRecord record = this.auditTrail
				.search(this.org.id(), new AuditQuery(action, null, null, null, null, 0, 5))
				.get(0);
			assertThat(record.summary()).doesNotContain("flu").doesNotContain("Monday");
			assertThat(record.resourceId()).isEqualTo(added.id().toString());
		}
	}

	@Test
	void respondersReadTheLibraryButCannotChangeIt() throws Exception {
		UUID id = this.library.add(this.org.person(Role.REVIEWER).actor(),
				new org.carecast.inbox.answers.AnswerDetails("Do you offer shingles vaccines?",
						"Yes: adults 50 and older can get the shingles vaccine at any of our sites.",
						"Millbrook Clinic", "https://millbrook.example.org/shingles", LocalDate.now().plusYears(1)));
		MockHttpSession responder = TestSessions.signIn(this.mvc, this.org.person(Role.RESPONDER));
		this.mvc.perform(get("/inbox/answers").session(responder))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Do you offer shingles vaccines?")))
			.andExpect(content().string(not(containsString("Add an answer"))))
			.andExpect(content().string(not(containsString("/approve"))));
		this.mvc.perform(post("/inbox/answers/{id}/approve", id).param("version", "0").session(responder).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String question, String answer,
			String sourceName, String sourceUrl, String reviewBy) {
		return request.param("question", question)
			.param("answer", answer)
			.param("sourceName", sourceName)
			.param("sourceUrl", sourceUrl)
			.param("reviewBy", reviewBy)
			.session(this.reviewer)
			.with(csrf());
	}

}
