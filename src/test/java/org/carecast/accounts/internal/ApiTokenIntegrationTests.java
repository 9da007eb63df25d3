package org.carecast.accounts.internal;

import org.carecast.accounts.ApiTokens;
import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.Person;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.UserAdministration;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: stored only as hashes, revocable, refused for disabled owners, and
 * their use audited without flooding the trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class ApiTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAdministration users;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	TestOrganization org;

	@BeforeEach
	void organization() {
		this.org = this.fixtures.create();
	}

	@Test
	void aTokenActsAsItsOwner() throws Exception {
		Person responder = this.org.person(Role.RESPONDER);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + responder.apiToken()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email", is(responder.email())))
			.andExpect(jsonPath("$.roles[0]", is("RESPONDER")));
	}

	@Test
	void onlyTheHashIsStored() {
		Person author = this.org.person(Role.AUTHOR);
		String stored = this.jdbc.sql("select token_hash from api_token where user_id = ?")
			.param(author.account().id())
			.query(String.class)
			.single();
		assertThat(stored).hasSize(64).isEqualTo(ApiTokens.hash(author.apiToken())).isNotEqualTo(author.apiToken());
		Long plain = this.jdbc.sql("select count(*) from api_token where token_hash = ? or token_prefix = ?")
			.params(author.apiToken(), author.apiToken())
			.query(Long.class)
			.single();
		assertThat(plain).isZero();
	}

	@Test
	void aRevokedTokenIsRefusedWithAProblemBody() throws Exception {
		Person author = this.org.person(Role.AUTHOR);
		this.tokens.list(author.actor()).forEach((t) -> this.tokens.revoke(author.actor(), t.id()));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + author.apiToken()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code", is("invalid_token")));
		assertThat(this.auditTrail.search(this.org.id(),
				new AuditQuery("api_token.revoked", null, null, null, null, 0, 5)))
			.hasSize(1);
	}

	@Test
	void aDisabledOwnersTokenStopsWorking() throws Exception {
		Person analyst = this.org.person(Role.ANALYST);
		this.users.setEnabled(this.org.admin().actor(), analyst.account().id(), false);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + analyst.apiToken()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void garbageTokensAreRefused() throws Exception {
		for (String token : new String[] { "cc_", "cc_" + "A".repeat(500), "not-a-token", "' or 1=1 --" }) {
			this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code", is("unauthenticated")));
	}

	@Test
	void tokenUseIsAuditedOncePerInterval() throws Exception {
		Person author = this.org.person(Role.AUTHOR);
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + author.apiToken()))
				.andExpect(status().isOk());
		}
		assertThat(
				this.auditTrail.search(this.org.id(), new AuditQuery("api_token.used", null, null, null, null, 0, 10)))
			.hasSize(1);
		assertThat(this.tokens.list(author.actor()).get(0).lastUsedAt()).isNotNull();
	}

	@Test
	void pagesDoNotAcceptTokensButPrometheusDoesForAdministrators() throws Exception {
		this.mvc.perform(get("/staff").header("Authorization", "Bearer " + this.org.admin().apiToken()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + this.org.admin().apiToken()))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/actuator/prometheus").header("Authorization",
					"Bearer " + this.org.person(Role.ANALYST).apiToken()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aForbiddenCallerGets403EvenWithAnInvalidBody() throws Exception {
		this.mvc
			.perform(post("/api/v1/staff").header("Authorization", "Bearer " + this.org.person(Role.AUTHOR).apiToken())
				.contentType("application/json")
				.content("{\"fullName\": \"\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiRequestsCreateNoSession() throws Exception {
		Person author = this.org.person(Role.AUTHOR);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + author.apiToken()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

}
