package org.carecast.accounts.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.Person;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.UserAdministration;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Form sign-in through the real security chain: audit records, throttling, disabled
 * accounts, one-time passwords and immediate effect of administrative changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	UserAdministration users;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecurityProperties securityProperties;

	@Autowired
	Environment environment;

	TestOrganization org;

	@BeforeEach
	void organization() {
		this.org = this.fixtures.create();
	}

	@Test
	void aCorrectPasswordSignsInAndIsAudited() throws Exception {
		Person author = this.org.person(Role.AUTHOR);
		this.mvc.perform(formLogin("/login").userParameter("email").user(author.email()).password(author.password()))
			.andExpect(redirectedUrl("/"));
		AuditRecord login = latest("auth.login");
		assertThat(login.actorId()).isEqualTo(author.account().id());
		assertThat(login.clientAddress()).isNotBlank();
	}

	@Test
	void emailsAreMatchedWithoutRegardToCase() throws Exception {
		Person author = this.org.person(Role.AUTHOR);
		this.mvc
			.perform(formLogin("/login").userParameter("email")
				.user("  " + author.email().toUpperCase() + " ")
				.password(author.password()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordIsRefusedAndAuditedWithoutTheFullEmail() throws Exception {
		Person author = this.org.person(Role.AUTHOR);
		this.mvc.perform(formLogin("/login").userParameter("email").user(author.email()).password("not the password"))
			.andExpect(redirectedUrl("/login?error"));
		AuditRecord failure = latest("auth.login_failed");
		assertThat(failure.outcome()).isEqualTo("failure");
		assertThat(failure.actorName()).startsWith("a***@").doesNotContain(author.email());
		assertThat(failure.summary()).doesNotContain("not the password");
	}

	@Test
	void repeatedFailuresLockTheEmailEvenForTheRightPassword() throws Exception {
		Person reviewer = this.org.person(Role.REVIEWER);
		for (int i = 0; i < this.securityProperties.maxFailedLogins() - 1; i++) {
			this.mvc.perform(formLogin("/login").userParameter("email").user(reviewer.email()).password("wrong " + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").userParameter("email").user(reviewer.email()).password("wrong again"))
			.andExpect(redirectedUrlPattern("/login?locked=*"));
		this.mvc
			.perform(formLogin("/login").userParameter("email").user(reviewer.email()).password(reviewer.password()))
			.andExpect(redirectedUrlPattern("/login?locked=*"));
		// Other people are not affected.
		Person responder = this.org.person(Role.RESPONDER);
		this.mvc
			.perform(formLogin("/login").userParameter("email").user(responder.email()).password(responder.password()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void unknownEmailsAreLockedTooSoTheLockRevealsNothing() throws Exception {
		String nobody = "nobody-" + this.org.id() + "@clinic.example";
		for (int i = 0; i < this.securityProperties.maxFailedLogins(); i++) {
			this.mvc.perform(formLogin("/login").userParameter("email").user(nobody).password("guess " + i));
		}
		this.mvc.perform(formLogin("/login").userParameter("email").user(nobody).password("guess"))
			.andExpect(redirectedUrlPattern("/login?locked=*"));
	}

	@Test
	void aDisabledAccountCannotSignInAndGetsTheSameMessage() throws Exception {
		Person analyst = this.org.person(Role.ANALYST);
		this.users.setEnabled(this.org.admin().actor(), analyst.account().id(), false);
		this.mvc.perform(formLogin("/login").userParameter("email").user(analyst.email()).password(analyst.password()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void disablingSomeoneEndsTheirSessionAtTheNextRequest() throws Exception {
		Person analyst = this.org.person(Role.ANALYST);
		MockHttpSession session = signIn(analyst);
		this.mvc.perform(get("/staff").session(session)).andExpect(status().isOk());

		this.users.setEnabled(this.org.admin().actor(), analyst.account().id(), false);

		this.mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/login?disabled"));
	}

	@Test
	void aNewRoleTakesEffectWithoutSigningInAgain() throws Exception {
		Person author = this.org.person(Role.AUTHOR);
		MockHttpSession session = signIn(author);
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());

		this.users.updateRoles(this.org.admin().actor(), author.account().id(), Set.of(Role.AUTHOR, Role.ADMIN));

		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
	}

	@Test
	void anInvitedPersonMustChooseAPasswordBeforeAnythingElse() throws Exception {
		UserAdministration.Invitation invitation = this.users.invite(this.org.admin().actor(),
				"new-" + this.org.id() + "@clinic.example", "New Person", Set.of(Role.RESPONDER));
		MvcResult result = this.mvc
			.perform(formLogin("/login").userParameter("email")
				.user(invitation.user().email())
				.password(invitation.oneTimePassword()))
			.andExpect(redirectedUrl("/account/password"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
		this.mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/account/password"));

		// Too short, then mismatched: refused with field errors, nothing changes.
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", invitation.oneTimePassword())
				.param("newPassword", "short")
				.param("confirmPassword", "short"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/account/password"));

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", invitation.oneTimePassword())
				.param("newPassword", "correct horse battery staple")
				.param("confirmPassword", "correct horse battery staple"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
		this.mvc
			.perform(formLogin("/login").userParameter("email")
				.user(invitation.user().email())
				.password("correct horse battery staple"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void signingOutIsAuditedAndEndsTheSession() throws Exception {
		Person author = this.org.person(Role.AUTHOR);
		MockHttpSession session = signIn(author);
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(latest("auth.logout").actorId()).isEqualTo(author.account().id());
		this.mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		Person author = this.org.person(Role.AUTHOR);
		String stored = this.jdbc.sql("select password_hash from app_user where id = ?")
			.param(author.account().id())
			.query(String.class)
			.single();
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(author.password());
	}

	@Test
	void idleSessionsTimeOutAfterFifteenMinutesByDefault() {
		assertThat(this.environment.getProperty("server.servlet.session.timeout", Duration.class))
			.isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void theLoginPageNeedsNoSignInAndSignedInPeopleAreSentHome() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		MockHttpSession session = signIn(this.org.person(Role.AUTHOR));
		this.mvc.perform(get("/login").session(session)).andExpect(redirectedUrl("/"));
	}

	private MockHttpSession signIn(Person person) throws Exception {
		MvcResult result = this.mvc
			.perform(formLogin("/login").userParameter("email").user(person.email()).password(person.password()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}

	private AuditRecord latest(String action) {
		List<AuditRecord> records = this.auditTrail.search(this.org.id(),
				new AuditQuery(action, null, null, null, null, 0, 1));
		assertThat(records).as("audit records for " + action).isNotEmpty();
		return records.get(0);
	}

}
