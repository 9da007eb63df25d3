package org.carecast.publishing.web;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.PostState;
import org.carecast.publishing.PublishingIntegrationSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The posts API with real API tokens, through the token filter chain.
 */
class PostsApiIntegrationTests extends PublishingIntegrationSupport {

	private UUID x;

	@BeforeEach
	void clinic() {
		this.x = this.accounts.account(this.clinic.id(), ChannelNetwork.X);
	}

	@Test
	void aPostGoesFromDraftToScheduledWithFourEyesAndVersions() throws Exception {
		String created = as(Role.AUTHOR,
				json(post("/api/v1/posts"),
						"{\"text\":\"Flu shots this week.\",\"campaign\":\"Flu\",\"accounts\":[{\"accountId\":\""
								+ this.x + "\",\"link\":\"https://clinic.example/flu\"}]}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.state").value("draft"))
			.andExpect(jsonPath("$.accounts[0].network").value("x"))
			.andExpect(jsonPath("$.accounts[0].link").value("https://clinic.example/flu"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		as(Role.AUTHOR, get("/api/v1/posts/{id}", id)).andExpect(header().string("Location", (String) null))
			.andExpect(header().string("ETag", "\"0\""));

		as(Role.AUTHOR, post("/api/v1/posts/{id}/submit", id).header("If-Match", "\"0\"")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("in_review"))
			.andExpect(header().string("ETag", "\"1\""));
		// Authors do not approve at all; see selfApprovalIsAConflictWithItsCode for four
		// eyes.
		as(Role.AUTHOR, post("/api/v1/posts/{id}/approve", id).header("If-Match", "\"1\""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		as(Role.REVIEWER, post("/api/v1/posts/{id}/approve", id).header("If-Match", "W/\"1\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("approved"));
		as(Role.REVIEWER,
				json(post("/api/v1/posts/{id}/schedule", id).header("If-Match", "\"2\""),
						"{\"sendAt\":\"2099-01-01T09:00:00+01:00\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("scheduled"))
			.andExpect(jsonPath("$.sendAt").value("2099-01-01T08:00:00Z"));
		as(Role.AUTHOR, post("/api/v1/posts/{id}/cancel", id).header("If-Match", "\"3\"")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("cancelled"));
	}

	@Test
	void translationsGoInAndComeOutWithTheirLanguageCodes() throws Exception {
		as(Role.AUTHOR,
				json(post("/api/v1/posts"),
						"{\"text\":\"Flu shots this week.\",\"language\":\"en\","
								+ "\"translations\":[{\"language\":\"es\",\"text\":\"Vacunas esta semana.\"}],"
								+ "\"accounts\":[{\"accountId\":\"" + this.x + "\",\"language\":\"es\"}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.translations[0].language").value("es"))
			.andExpect(jsonPath("$.translations[0].text").value("Vacunas esta semana."))
			.andExpect(jsonPath("$.accounts[0].language").value("es"));
		as(Role.AUTHOR,
				json(post("/api/v1/posts"),
						"{\"text\":\"Flu shots.\",\"language\":\"en\"," + "\"accounts\":[{\"accountId\":\"" + this.x
								+ "\",\"language\":\"fr\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("An account is set to publish in French, but the post has no such translation."));
	}

	@Test
	void selfApprovalIsAConflictWithItsCode() throws Exception {
		String id = draftBy(Role.ADMIN);
		as(Role.ADMIN, post("/api/v1/posts/{id}/submit", id).header("If-Match", "\"0\"")).andExpect(status().isOk());
		as(Role.ADMIN, post("/api/v1/posts/{id}/approve", id).header("If-Match", "\"1\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("self_approval"));
		assertThat(this.posts.get(this.clinic.admin().actor(), UUID.fromString(id)).state())
			.isEqualTo(PostState.IN_REVIEW);
	}

	@Test
	void versionsAreRequiredAndChecked() throws Exception {
		String id = draftBy(Role.AUTHOR);
		as(Role.AUTHOR, post("/api/v1/posts/{id}/submit", id)).andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.code").value("version_required"));
		as(Role.AUTHOR, post("/api/v1/posts/{id}/submit", id).header("If-Match", "\"7\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("version_mismatch"));
		as(Role.AUTHOR, post("/api/v1/posts/{id}/submit", id).header("If-Match", "*, \"0\""))
			.andExpect(status().isPreconditionFailed());
		assertThat(this.posts.get(this.clinic.admin().actor(), UUID.fromString(id)).state()).isEqualTo(PostState.DRAFT);
		as(Role.AUTHOR, post("/api/v1/posts/{id}/approve", id).header("If-Match", "\"0\""))
			.andExpect(status().isForbidden());
		as(Role.REVIEWER, post("/api/v1/posts/{id}/approve", id).header("If-Match", "\"0\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("wrong_state"));
	}

	@Test
	void badBodiesAreProblemsThatRepeatNothing() throws Exception {
		as(Role.AUTHOR, json(post("/api/v1/posts"), "{\"text\":\"Jane Doe in room 4\",\"accounts\":[{}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation_failed"))
			.andExpect(jsonPath("$.errors[0].field").value("accounts[0].accountId"));
		String body = as(Role.AUTHOR,
				json(post("/api/v1/posts"),
						"{\"text\":\"Jane Doe\",\"accounts\":[{\"accountId\":\"" + UUID.randomUUID() + "\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid_request"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("Jane");
		as(Role.AUTHOR, json(post("/api/v1/posts"), "{\"text\":")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("malformed_request"));
		as(Role.AUTHOR, get("/api/v1/posts?state=lost")).andExpect(status().isBadRequest());
		// A forbidden caller is refused before its body is looked at.
		as(Role.ANALYST, json(post("/api/v1/posts"), "{")).andExpect(status().isForbidden());
	}

	@Test
	void theListShowsOnlyTheCallersOrganizationAndFilters() throws Exception {
		String mine = draftBy(Role.AUTHOR);
		TestOrganization other = this.organizations.create();
		String list = as(Role.ANALYST, get("/api/v1/posts")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(list, "$[*].id")).containsExactly(mine);
		String otherList = this.mvc
			.perform(get("/api/v1/posts").header("Authorization", "Bearer " + other.person(Role.ANALYST).apiToken()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(otherList).isEqualTo("[]");
		assertThat(
				as(Role.ANALYST, get("/api/v1/posts?state=scheduled")).andReturn().getResponse().getContentAsString())
			.isEqualTo("[]");
	}

	@Test
	void theOpenApiDocumentDescribesEveryRoute() throws Exception {
		String doc = this.mvc
			.perform(get("/v3/api-docs")
				.session(org.carecast.accounts.TestSessions.signIn(this.mvc, this.clinic.person(Role.ANALYST))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String path : List.of("/api/v1/posts", "/api/v1/posts/{id}", "/api/v1/posts/{id}/submit",
				"/api/v1/posts/{id}/approve", "/api/v1/posts/{id}/request-changes", "/api/v1/posts/{id}/schedule",
				"/api/v1/posts/{id}/cancel")) {
			assertThat(JsonPath.<Object>read(doc, "$.paths['" + path + "']")).as(path).isNotNull();
		}
		assertThat(doc).contains("If-Match").contains("self_approval");
	}

	private String draftBy(Role role) throws Exception {
		String created = as(role,
				json(post("/api/v1/posts"),
						"{\"text\":\"Wash your hands.\",\"accounts\":[{\"accountId\":\"" + this.x + "\"}]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	private ResultActions as(Role role, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("Authorization", "Bearer " + this.clinic.person(role).apiToken()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
