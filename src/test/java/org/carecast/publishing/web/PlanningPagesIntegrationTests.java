package org.carecast.publishing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestSessions;
import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Campaigns;
import org.carecast.publishing.ContentLibrary;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostState;
import org.carecast.publishing.PublishingIntegrationSupport;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar, campaign and library pages as signed-in people use them.
 */
class PlanningPagesIntegrationTests extends PublishingIntegrationSupport {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	private Campaigns campaigns;

	@Autowired
	private ContentLibrary library;

	private UUID account;

	@BeforeEach
	void clinic() {
		this.account = this.accounts.account(this.clinic.id(), ChannelNetwork.BLUESKY);
	}

	@Test
	void theMonthShowsPostsWithTheirStateInWordsObservancesAndCampaigns() throws Exception {
		Instant at = ZonedDateTime.of(2099, 11, 14, 9, 30, 0, 0, NEW_YORK).toInstant();
		this.posts.create(author(), PostDraft.of("Check your blood sugar today.", at, this.account));
		MockHttpSession analyst = TestSessions.signIn(this.mvc, this.clinic.person(Role.ANALYST));
		String html = page("/calendar?date=2099-11-01", analyst);
		assertThat(html).contains("November 2099")
			.contains("09:30")
			.contains("Draft")
			.contains("bluesky")
			.contains("World Diabetes Day")
			.contains("https://worlddiabetesday.org")
			.contains("Saturday 14 November 2099")
			.contains("/js/calendar.js");
		// An analyst reads; the move form and drag handles are for the publishing team.
		assertThat(html).doesNotContain("Move post").doesNotContain("draggable").doesNotContain("Plan a campaign");

		MockHttpSession author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String week = page("/calendar?view=week&date=2099-11-14", author);
		assertThat(week).contains("Week of 9 Nov 2099 to 15 Nov 2099")
			.contains("Move post")
			.contains("draggable=\"true\"")
			.contains("value=\"09:30\"")
			.contains("Plan a campaign");
	}

	@Test
	void movingWithTheFormKeepsTheLocalTimeAcrossTheUsClockChange() throws Exception {
		// Saturday 7 March 2099 at 09:00 EST, over the clock change on Sunday 8 March, to
		// Monday 9 March at 09:00 EDT: the same on the wall clock, an hour earlier in
		// UTC.
		Post post = this.posts.create(author(),
				PostDraft.of("Daylight saving: sleep well.", Instant.parse("2099-03-07T14:00:00Z"), this.account));
		MockHttpSession reviewer = TestSessions.signIn(this.mvc, this.clinic.person(Role.REVIEWER));
		this.mvc
			.perform(post("/calendar/posts/{id}/move", post.id()).param("version", "0")
				.param("date", "2099-03-09")
				.param("time", "09:00")
				.param("view", "week")
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/calendar?view=week&date=2099-03-09#post-" + post.id()))
			.andExpect(flash().attribute("calendarNotice", Matchers.containsString("Mon 9 Mar 2099, 09:00 EDT")));
		Post moved = this.posts.get(author(), post.id());
		assertThat(moved.scheduledAt()).isEqualTo(Instant.parse("2099-03-09T13:00:00Z"));
		assertThat(moved.state()).isEqualTo(PostState.DRAFT);
		assertThat(page("/calendar?view=week&date=2099-03-09", reviewer)).contains("Moved to");
	}

	@Test
	void badMovesComeBackWithAReasonAndChangeNothing() throws Exception {
		Instant at = Instant.parse("2099-06-01T13:00:00Z");
		Post post = this.posts.create(author(), PostDraft.of("Sun safety.", at, this.account));
		MockHttpSession author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		for (List<String> input : List.of(List.of("2099-02-30", "09:00"), List.of("<script>", "09:00"),
				List.of("2099-06-02", "9 o'clock"), List.of("2000-01-01", "09:00"))) {
			this.mvc
				.perform(post("/calendar/posts/{id}/move", post.id()).param("version", "0")
					.param("date", input.get(0))
					.param("time", input.get(1))
					.param("anchor", "2099-06-01")
					.session(author)
					.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/calendar?view=month&date=2099-06-01#post-*"))
				.andExpect(flash().attribute("calendarProblem", Matchers.notNullValue()));
		}
		// A stale version is refused too.
		this.mvc
			.perform(post("/calendar/posts/{id}/move", post.id()).param("version", "7")
				.param("date", "2099-06-03")
				.param("time", "09:00")
				.session(author)
				.with(csrf()))
			.andExpect(flash().attribute("calendarProblem", Matchers.containsString("Someone else changed")));
		assertThat(this.posts.get(author(), post.id()).scheduledAt()).isEqualTo(at);
		assertThat(this.posts.get(author(), post.id()).version()).isZero();
	}

	@Test
	void planningACampaignFromAnObservancePrefillsTheFormAndPostsCanJoinIt() throws Exception {
		MockHttpSession author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String form = page("/campaigns/new?observance=national-womens-health-week&year=2099", author);
		assertThat(form).contains("value=\"National Women&#39;s Health Week 2099\"")
			.contains("value=\"2099-05-10\"")
			.contains("value=\"2099-05-16\"")
			.contains("value=\"Women&#39;s health\"")
			.contains("https://womenshealth.gov/nwhw");
		String location = this.mvc
			.perform(post("/campaigns").param("name", "Women's health week 2099")
				.param("startsOn", "2099-05-10")
				.param("endsOn", "2099-05-16")
				.param("networks", "bluesky", "mastodon")
				.param("observanceKey", "national-womens-health-week")
				.session(author)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID campaign = UUID.fromString(location.substring("/campaigns/".length()));
		assertThat(this.campaigns.get(author(), campaign).observanceKey()).isEqualTo("national-womens-health-week");
		assertThat(page("/posts/new", author)).contains("Women&#39;s health week 2099");

		String postLocation = this.mvc
			.perform(post("/posts").param("baseText", "Book your screening.")
				.param("accountIds", this.account.toString())
				.param("campaignId", campaign.toString())
				.session(author)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page(postLocation, author)).contains("Planned campaign").contains("Women&#39;s health week 2099");
		assertThat(page("/campaigns/" + campaign, author)).contains("Book your screening.")
			.contains("bluesky, mastodon");
		assertThat(page("/calendar?date=2099-05-01", author)).contains("Women&#39;s health week 2099");
	}

	@Test
	void aBadCampaignFormComesBackWithWhatWasTyped() throws Exception {
		MockHttpSession author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String html = this.mvc
			.perform(post("/campaigns").param("name", "Heart month <b>2099</b>")
				.param("startsOn", "2099-02-28")
				.param("endsOn", "2099-02-01")
				.param("networks", "x")
				.session(author)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("The last day cannot be before the first day")
			.contains("Heart month &lt;b&gt;2099&lt;/b&gt;")
			.doesNotContain("<b>2099</b>");
		this.mvc
			.perform(post("/campaigns").param("name", "Heart month")
				.param("startsOn", "2099-02-01")
				.param("endsOn", "2099-02-28")
				.param("networks", "myspace")
				.session(author)
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.campaigns.list(author())).isEmpty();
	}

	@Test
	void theLibrarySavesReusesAndNeedsAReviewerOnceExpired() throws Exception {
		Post approved = this.posts.create(author(), PostDraft.of("Wash your hands.", null, this.account));
		this.review.submit(author(), approved.id(), 0);
		this.review.approve(this.clinic.person(Role.REVIEWER).actor(), approved.id(), 1, null);
		MockHttpSession author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		assertThat(page("/posts/" + approved.id(), author)).contains("Save to the content library");
		LocalDate reviewBy = this.library.today(author()).plusMonths(3);
		this.mvc
			.perform(post("/posts/{id}/library", approved.id()).param("reviewBy", reviewBy.toString())
				.session(author)
				.with(csrf()))
			.andExpect(flash().attribute("notice", "Saved to the content library."));
		assertThat(page("/posts/" + approved.id(), author)).contains("This post is in the");
		UUID item = this.library.list(author()).get(0).id();
		assertThat(page("/library", author)).contains("Wash your hands.").contains("— current").contains("Reuse");

		this.mvc.perform(post("/library/{id}/reuse", item).session(author).with(csrf()))
			.andExpect(redirectedUrlPattern("/posts/*/edit"));
		assertThat(this.posts.list(author(), PostState.DRAFT)).extracting(Post::baseText)
			.containsExactly("Wash your hands.");
	}

	private org.carecast.shared.Actor author() {
		return this.clinic.person(Role.AUTHOR).actor();
	}

	private String page(String url, MockHttpSession session) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
