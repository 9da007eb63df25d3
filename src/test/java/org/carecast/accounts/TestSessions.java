package org.carecast.accounts;

import org.carecast.accounts.internal.CarecastPrincipal;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signs a test person in through the real login form, so page tests run with the same
 * session, principal and filters as a browser would, rather than with a hand-made
 * authentication.
 */
public final class TestSessions {

	private TestSessions() {
	}

	/**
	 * The session of a fresh sign-in; pass it to later requests with
	 * {@code .session(...)}.
	 */
	public static MockHttpSession signIn(MockMvc mvc, TestOrganizations.Person person) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").param("email", person.email()).param("password", person.password()).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as("sign-in of %s", person.email()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", person.email())
			.doesNotContain("error")
			.doesNotContain("locked");
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		assertThat(session).isNotNull();
		SecurityContext context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(context.getAuthentication().getPrincipal()).isInstanceOf(CarecastPrincipal.class);
		return session;
	}

}
