package org.carecast.publishing.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestSessions;
import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostState;
import org.carecast.publishing.PublishingIntegrationSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV import as an author uses it: upload, preview with row numbers, errors and
 * findings, confirm once. Test organizations are in America/New_York.
 */
@ExtendWith(OutputCaptureExtension.class)
class PostImportIntegrationTests extends PublishingIntegrationSupport {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	private JdbcClient jdbc;

	private MockHttpSession author;

	@BeforeEach
	void clinic() throws Exception {
		this.accounts.account(this.clinic.id(), ChannelNetwork.X);
		this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
		this.author = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
	}

	@Test
	void previewsEveryRowWritesNothingAndConfirmsOnce(CapturedOutput output) throws Exception {
		String csv = "send_at,accounts,text,link,campaign\r\n"
				+ row("2099-03-08 14:00", "x mastodon:@clinic-mastodon",
						"\"Flu shots, walk-in, Thursday 2-6pm. Bring your card.\"", "https://clinic.example/flu", "Flu")
				+ row("2099-03-09 09:00", "@clinic-x",
						"\"Jane Doe, our patient in room 412, says thanks! Her MRN is 12345678.\"", "", "")
				+ row("2001-01-01 09:00", "linkedin", "\"Old news about Jane Roe.\"", "ftp://clinic.example", "")
				+ row("2099-02-30 09:00", "x", "Wrong date", "", "");
		long before = postCount();

		String page = previewPage(upload(csv));

		assertThat(postCount()).isEqualTo(before);
		assertThat(page).contains("<span>4</span> rows:")
			.contains("<td>2</td>")
			.contains("Goes to review")
			.contains("Becomes a draft: blocked")
			.contains("Cannot be imported")
			.contains("The send time has passed.")
			.contains("&quot;linkedin&quot; matches no connected account.")
			.contains("The link must be a web address")
			.contains("Write the send time as year-month-day")
			.contains("Blocks")
			.contains("Import 2 posts")
			.contains("Sun 8 Mar 2099, 14:00 EDT");

		String location = confirm(page);
		List<Post> created = this.posts.list(this.clinic.admin().actor(), null);
		assertThat(created).hasSize(2);
		Post flu = created.stream().filter((p) -> "Flu".equals(p.campaign())).findFirst().orElseThrow();
		assertThat(flu.state()).isEqualTo(PostState.IN_REVIEW);
		assertThat(flu.baseText()).isEqualTo("Flu shots, walk-in, Thursday 2-6pm. Bring your card.");
		assertThat(flu.scheduledAt()).isEqualTo(LocalDateTime.parse("2099-03-08T14:00").atZone(NEW_YORK).toInstant());
		assertThat(flu.variants()).hasSize(2)
			.allSatisfy((v) -> assertThat(v.link()).isEqualTo("https://clinic.example/flu"));
		assertThat(created).filteredOn((p) -> p.state() == PostState.DRAFT).singleElement();

		// A double submit, or the back button and submit again, creates nothing more.
		this.mvc.perform(post(location).session(this.author).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "These posts were already imported; nothing was added."));
		assertThat(this.posts.list(this.clinic.admin().actor(), null)).hasSize(2);

		assertThat(this.jdbc.sql("select count(*) from audit_event where organization_id = ? and action = ?")
			.params(this.clinic.id(), "posts.imported")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain("Jane").doesNotContain("12345678");
	}

	@Test
	void anotherPersonCannotSeeOrConfirmSomeoneElsesUpload() throws Exception {
		String page = previewPage(upload("send_at,accounts,text\n2099-03-08 14:00,x,Flu shots today.\n"));
		String location = confirmAction(page);
		MockHttpSession admin = TestSessions.signIn(this.mvc, this.clinic.admin());
		this.mvc.perform(get(location).session(admin)).andExpect(status().isNotFound());
		String refused = this.mvc.perform(post(location).session(admin).with(csrf()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("expired or belongs to someone else").doesNotContain("Flu shots");
		assertThat(this.posts.list(this.clinic.admin().actor(), null)).isEmpty();
		this.mvc.perform(post("/posts/import/{id}", UUID.randomUUID()).session(this.author).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFileThatCannotBeReadIsRefusedWithItsReasonAndNothingIsKept() throws Exception {
		String page = upload("send_at,accounts,text\n2099-03-08 14:00,x,\"never closed\n").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Row 2 opens a quote that is never closed").contains("Check the file");
		String empty = this.mvc
			.perform(multipart("/posts/import").file(new MockMultipartFile("file", new byte[0]))
				.session(this.author)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("Choose a CSV file to upload.");
		assertThat(this.posts.list(this.clinic.admin().actor(), null)).isEmpty();
	}

	@Test
	void anAmbiguousNetworkAsksForTheHandle() throws Exception {
		this.accounts.account(this.clinic.id(), ChannelNetwork.X);
		String page = previewPage(upload("send_at,accounts,text\n2099-03-08 14:00,x,Flu shots today.\n"));
		assertThat(page).contains("&quot;x&quot; matches 2 accounts. Name one as network:handle");
	}

	@Test
	void anExportedFileImportsBackAsNewPosts() throws Exception {
		String first = "send_at,accounts,text,sources\n2099-05-01 08:30,mastodon,\"-5 degrees tonight: =check on neighbours\","
				+ "\"https://a.example\nhttps://b.example\"\n";
		confirm(previewPage(upload(first)));
		MockHttpSession reader = TestSessions.signIn(this.mvc, this.clinic.person(Role.ANALYST));
		byte[] exported = this.mvc.perform(get("/posts/export.csv").session(reader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(exported, StandardCharsets.UTF_8);
		assertThat(text).contains(",'-5 degrees tonight: =check on neighbours,");

		confirm(previewPage(this.mvc
			.perform(multipart("/posts/import").file(new MockMultipartFile("file", "export.csv", "text/csv", exported))
				.session(this.author)
				.with(csrf()))));
		List<Post> all = this.posts.list(this.clinic.admin().actor(), null);
		assertThat(all).hasSize(2)
			.allSatisfy((p) -> assertThat(p.baseText()).isEqualTo("-5 degrees tonight: =check on neighbours"))
			.allSatisfy((p) -> assertThat(p.sources()).isEqualTo("https://a.example\nhttps://b.example"));
	}

	private static String row(String sendAt, String accounts, String text, String link, String campaign) {
		return sendAt + "," + accounts + "," + text + "," + link + "," + campaign + "\r\n";
	}

	private long postCount() {
		return this.jdbc.sql("select count(*) from post where organization_id = ?")
			.param(this.clinic.id())
			.query(Long.class)
			.single();
	}

	private org.springframework.test.web.servlet.ResultActions upload(String csv) throws Exception {
		return this.mvc.perform(multipart("/posts/import")
			.file(new MockMultipartFile("file", "posts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.session(this.author)
			.with(csrf()));
	}

	private String previewPage(org.springframework.test.web.servlet.ResultActions uploaded) throws Exception {
		MvcResult result = uploaded.andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/posts/import/[0-9a-f-]{36}");
		return this.mvc.perform(get(location).session(this.author))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String confirmAction(String page) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("action=\"(/posts/import/[0-9a-f-]{36})\"")
			.matcher(page);
		assertThat(m.find()).as("confirm form").isTrue();
		return m.group(1);
	}

	private String confirm(String page) throws Exception {
		String location = confirmAction(page);
		this.mvc.perform(post(location).session(this.author).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Imported ")));
		return location;
	}

}
