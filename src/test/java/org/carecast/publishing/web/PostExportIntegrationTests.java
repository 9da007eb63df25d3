package org.carecast.publishing.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestSessions;
import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PublishingIntegrationSupport;
import org.carecast.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Exports as an analyst downloads them. Test organizations are in America/New_York.
 */
class PostExportIntegrationTests extends PublishingIntegrationSupport {

	@Autowired
	private JdbcClient jdbc;

	private UUID x;

	private MockHttpSession analyst;

	@BeforeEach
	void clinic() throws Exception {
		this.x = this.accounts.account(this.clinic.id(), ChannelNetwork.X);
		this.analyst = TestSessions.signIn(this.mvc, this.clinic.person(Role.ANALYST));
	}

	@Test
	void csvEscapesFormulasAndFiltersByDayAndState() throws Exception {
		Post formula = scheduled("=HYPERLINK(\"http://evil.example\",\"Click\")", "2099-03-08T19:00:00Z");
		scheduled("@everyone flu shots, today", "2099-03-10T15:00:00Z");
		this.posts.create(author(), PostDraft.of("+1 draft without a time", null, this.x));

		MockHttpServletResponse all = download("/posts/export.csv");
		assertThat(all.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(all.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"carecast-posts.csv\"");
		assertThat(all.getHeader("Cache-Control")).isEqualTo("no-store");
		String csv = all.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv)
			.startsWith("\uFEFFsend_at,accounts,text,link,campaign,topic,consent_reference,sources,"
					+ "send_at_utc,state,id\r\n")
			.contains("2099-03-08 15:00,x:@clinic-x,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",,,,,,"
					+ "2099-03-08T19:00:00Z,scheduled," + formula.id() + "\r\n")
			.contains(",\"'@everyone flu shots, today\",")
			.contains(",'+1 draft without a time,");
		assertThat(csv.split("\r\n")).hasSize(4);

		// 8 March in New York ends at 04:00 UTC on the 9th; the post of the 10th is out.
		String march8 = download("/posts/export.csv?from=2099-03-08&to=2099-03-08")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(march8.split("\r\n")).hasSize(2);
		assertThat(march8).contains(formula.id().toString());
		String drafts = download("/posts/export.csv?state=draft").getContentAsString(StandardCharsets.UTF_8);
		assertThat(drafts.split("\r\n")).hasSize(2);
		assertThat(drafts).contains("+1 draft");

		assertThat(this.jdbc.sql("select count(*) from audit_event where organization_id = ? and action = ?")
			.params(this.clinic.id(), "posts.exported")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void icsHasOneEventPerScheduledPostInUtc() throws Exception {
		Post post = scheduled("Walk-in flu shots; bring your card, and a friend. " + "Open late on Thursdays too!",
				"2099-03-08T19:00:00Z");
		this.posts.create(author(),
				PostDraft.of("A draft is not on the calendar", Instant.parse("2099-03-09T10:00:00Z"), this.x));

		MockHttpServletResponse response = download("/posts/export.ics");
		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		String ics = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
			.endsWith("END:VCALENDAR\r\n")
			.contains("UID:" + post.id() + "@carecast\r\n")
			.contains("DTSTART:20990308T190000Z\r\n")
			.contains("SUMMARY:Walk-in flu shots\\; bring your card\\, and a friend. Open late\u2026\r\n")
			.contains("DESCRIPTION:Scheduled\\nAccounts: x: @clinic-x\r\n")
			.doesNotContain("A draft");
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n");

		String drafts = download("/posts/export.ics?state=draft").getContentAsString(StandardCharsets.UTF_8);
		assertThat(drafts).doesNotContain("BEGIN:VEVENT");
	}

	@Test
	void badFiltersAreRefusedWithoutAStackTrace() throws Exception {
		for (String url : new String[] { "/posts/export.csv?from=08/03/2099", "/posts/export.csv?state=lost",
				"/posts/export.ics?from=2099-03-09&to=2099-03-01" }) {
			MockHttpServletResponse response = this.mvc.perform(get(url).session(this.analyst))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(400);
			assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
		}
	}

	private Post scheduled(String text, String sendAt) {
		Post post = this.posts.create(author(), PostDraft.of(text, null, this.x));
		this.review.submit(author(), post.id(), 0);
		this.review.approve(this.clinic.person(Role.REVIEWER).actor(), post.id(), 1, "Reviewed by hand for this test.");
		return this.review.schedule(author(), post.id(), 2, Instant.parse(sendAt));
	}

	private Actor author() {
		return this.clinic.person(Role.AUTHOR).actor();
	}

	private MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url).session(this.analyst)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

}
