package org.carecast.publishing.web;

import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestSessions;
import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostState;
import org.carecast.publishing.PublishingIntegrationSupport;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages as a signed-in person uses them, through the real sign-in and filters.
 */
class PostPagesIntegrationTests extends PublishingIntegrationSupport {

	private UUID x;

	@BeforeEach
	void clinic() {
		this.x = this.accounts.account(this.clinic.id(), ChannelNetwork.X);
	}

	@Test
	void thePreviewCountsAsTheNetworkDoesAndListsFindings() throws Exception {
		MockHttpSession author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String tooLong = "Get your flu shot at https://clinic.example/flu today. " + "Stay well! ".repeat(30);
		String html = this.mvc
			.perform(post("/posts/preview").param("baseText", tooLong)
				.param("accountIds", this.x.toString())
				.header("HX-Request", "true")
				.session(author)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"previews\"")
			.contains("class=\"avatar\"")
			.contains(" on X")
			.contains("of 280 weighted characters")
			.contains("too long")
			.contains("Blocks")
			.doesNotContain("<html");
	}

	@Test
	void aTranslationIsPreviewedFixedAndSavedForTheAccountThatPublishesIt() throws Exception {
		MockHttpSession author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String spanish = "Llame a Maria Gonzalez al 555-201-7788 para su cita.";
		String preview = this.mvc
			.perform(post("/posts/preview").param("baseText", "Flu shots this week.")
				.param("baseLanguage", "en")
				.param("translationLanguages[0]", "es")
				.param("translationTexts[0]", spanish)
				.param("accountIds", this.x.toString())
				.param("accountLanguages[" + this.x + "]", "es")
				.header("HX-Request", "true")
				.session(author)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("Llame a").doesNotContain("Flu shots this week.");

		String fixed = this.mvc
			.perform(post("/posts/preview").param("baseText", "Flu shots this week.")
				.param("baseLanguage", "en")
				.param("translationLanguages[0]", "es")
				.param("translationTexts[0]", spanish)
				.param("accountIds", this.x.toString())
				.param("accountLanguages[" + this.x + "]", "es")
				.param("fix", this.x + ":0")
				.header("HX-Request", "true")
				.session(author)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The fix changed the Spanish text box, swapped in out of band; the main text is
		// untouched.
		assertThat(fixed).contains("id=\"translation-text-0\"").contains("hx-swap-oob=\"true\"");
		assertThat(fixed).doesNotContain("id=\"baseText\"");

		String location = this.mvc
			.perform(post("/posts").param("baseText", "Flu shots this week.")
				.param("baseLanguage", "en")
				.param("translationLanguages[0]", "es")
				.param("translationTexts[0]", "Vacunas contra la gripe esta semana.")
				.param("translationLanguages[1]", "")
				.param("translationTexts[1]", "")
				.param("accountIds", this.x.toString())
				.param("accountLanguages[" + this.x + "]", "es")
				.session(author)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String detail = this.mvc.perform(get(location).session(author))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("In English")
			.contains("In Spanish")
			.contains("lang=\"es\"")
			.contains("Vacunas contra la gripe esta semana.")
			.contains("Publishes the Spanish translation");

		String edit = this.mvc.perform(get(location + "/edit").session(author))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("Vacunas contra la gripe esta semana.").contains("translation-text-2");
	}

	@Test
	void aTranslationWithoutAnAccountLanguageCannotBeSavedWithoutTheMainLanguage() throws Exception {
		MockHttpSession author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String page = this.mvc
			.perform(post("/posts").param("baseText", "Flu shots this week.")
				.param("translationLanguages[0]", "es")
				.param("translationTexts[0]", "Vacunas esta semana.")
				.param("accountIds", this.x.toString())
				.session(author)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Choose the language of the main text before adding translations.")
			.contains("Vacunas esta semana.");
	}

	@Test
	void aReviewerSeesTheOverrideFieldAndTheAuthorCannotApprove() throws Exception {
		Post post = this.posts.create(this.clinic.person(Role.AUTHOR).actor(),
				PostDraft.of("Wash your hands. ".repeat(20), null, this.x));
		this.review.submit(this.clinic.person(Role.AUTHOR).actor(), post.id(), 0);

		MockHttpSession reviewer = TestSessions.signIn(this.mvc, this.clinic.person(Role.REVIEWER));
		String page = this.mvc.perform(get("/posts/{id}", post.id()).session(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Override and approve").contains("overrideReason");

		this.mvc.perform(post("/posts/{id}/approve", post.id()).param("version", "1").session(reviewer).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", Matchers.containsString("guardrail blocks")));
		this.mvc
			.perform(post("/posts/{id}/approve", post.id()).param("version", "1")
				.param("overrideReason", "Split into a thread by hand before posting.")
				.session(reviewer)
				.with(csrf()))
			.andExpect(flash().attribute("notice", "Approved."));
		assertThat(this.posts.get(this.clinic.admin().actor(), post.id()).state()).isEqualTo(PostState.APPROVED);
	}

	@Test
	void aStaleFormIsRefusedWithAClearMessage() throws Exception {
		Post post = this.posts.create(this.clinic.person(Role.AUTHOR).actor(), PostDraft.of("First.", null, this.x));
		this.posts.update(this.clinic.admin().actor(), post.id(), 0, PostDraft.of("Second.", null, this.x));
		MockHttpSession author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String html = this.mvc
			.perform(post("/posts/{id}", post.id()).param("baseText", "Third.")
				.param("version", "0")
				.param("accountIds", this.x.toString())
				.session(author)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Someone else changed this post");
		assertThat(this.posts.get(this.clinic.admin().actor(), post.id()).baseText()).isEqualTo("Second.");
	}

	@Test
	void pausingShowsABannerOnEveryPage() throws Exception {
		MockHttpSession reviewer = TestSessions.signIn(this.mvc, this.clinic.person(Role.REVIEWER));
		this.mvc.perform(post("/publishing/pause").param("reason", "Crisis").session(reviewer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		MockHttpSession analyst = TestSessions.signIn(this.mvc, this.clinic.person(Role.ANALYST));
		for (String page : new String[] { "/", "/posts", "/check" }) {
			assertThat(this.mvc.perform(get(page).session(analyst)).andReturn().getResponse().getContentAsString())
				.as(page)
				.contains("Publishing is paused.");
		}
		this.mvc.perform(post("/publishing/resume").param("choice", "HOLD").session(reviewer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(get("/posts").session(analyst)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Publishing is paused.");
	}

}
