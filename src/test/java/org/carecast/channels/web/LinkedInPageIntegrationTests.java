package org.carecast.channels.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.InboundStream;
import org.carecast.channels.RejectedException;
import org.carecast.channels.internal.AccountLinker;
import org.carecast.channels.internal.AccountSessions;
import org.carecast.channels.internal.ChannelsProperties;
import org.carecast.channels.internal.ConnectorRegistry;
import org.carecast.channels.linkedin.LinkedInConnector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Choosing the LinkedIn Page an account posts and reads as, through the real web layer:
 * the choice lands in the account's encrypted credentials where the connector reads it,
 * refused input stores nothing and says why beside the field, and the change is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ChannelTestAccounts.class })
@ExtendWith(OutputCaptureExtension.class)
class LinkedInPageIntegrationTests {

	private static final String TOKEN = "AQV-linkedin-access-token-never-shown";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelTestAccounts channels;

	@Autowired
	AccountLinker linker;

	@Autowired
	AccountSessions sessions;

	@Autowired
	ChannelsProperties properties;

	@Autowired
	ConnectorRegistry connectors;

	@Autowired
	JdbcClient jdbc;

	TestOrganization org;

	MockHttpSession admin;

	UUID account;

	String person;

	@BeforeEach
	void linkedInAccount() throws Exception {
		this.org = this.organizations.create();
		this.admin = TestSessions.signIn(this.mvc, this.org.admin());
		String person = "urn:li:person:" + UUID.randomUUID().toString().substring(0, 8);
		this.person = person;
		this.account = this.linker
			.link(this.org.id(), this.org.admin().actor(), "Admin", ChannelNetwork.LINKEDIN,
					this.properties.endpoint(ChannelNetwork.LINKEDIN),
					new ChannelCredentials(TOKEN, null, Instant.now().plusSeconds(86400), person, "Dr Lee",
							Map.of(LinkedInConnector.PERSON_URN, person)))
			.id();
	}

	@Test
	void aPageSetOnTheChannelsPageMakesTheConnectorActAsTheOrganization(CapturedOutput output) throws Exception {
		ChannelConnector linkedIn = this.connectors.find(ChannelNetwork.LINKEDIN).orElseThrow();
		// As the member, the connector refuses to read comments in words.
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> linkedIn.readInbound(unreachable(), InboundStream.COMMENTS, null))
			.withMessageContaining("only of an organization Page");

		MvcResult set = choose(this.account, " 5515715 ");
		assertThat(set.getResponse().getRedirectedUrl()).isEqualTo("/channels");
		assertThat(set.getFlashMap().get("notice")).asString().contains("urn:li:organization:5515715");
		assertThat(extra()).containsEntry(LinkedInConnector.ORGANIZATION_URN, "urn:li:organization:5515715")
			.containsKey(LinkedInConnector.PERSON_URN);
		assertThat(String.valueOf(row().get("credentials"))).startsWith("v1.").doesNotContain(TOKEN);

		// Now it treats the account as the organization: it calls LinkedIn (unreachable
		// here) instead of refusing.
		assertThat(linkedIn.inboundStreams()).contains(InboundStream.COMMENTS);
		Throwable read = catchThrowable(() -> linkedIn.readInbound(unreachable(), InboundStream.COMMENTS, null));
		assertThat(read).isNotNull();
		assertThat(read.getMessage()).doesNotContain("only of an organization Page");

		String page = page();
		assertThat(page).contains("Posts and reads as the LinkedIn Page")
			.contains("urn:li:organization:5515715")
			.contains("value=\"urn:li:organization:5515715\"")
			.doesNotContain(TOKEN);
		assertThat(auditRows()).anySatisfy((r) -> {
			assertThat(r).containsEntry("action", "channel.linkedin_page_set")
				.containsEntry("resource_id", this.account.toString());
			assertThat(String.valueOf(r.get("summary"))).contains("urn:li:organization:5515715");
		});

		// A full URN works too, and empty input clears it.
		choose(this.account, "urn:li:organization:42");
		assertThat(extra()).containsEntry(LinkedInConnector.ORGANIZATION_URN, "urn:li:organization:42");
		MvcResult cleared = choose(this.account, "  ");
		assertThat(cleared.getResponse().getRedirectedUrl()).isEqualTo("/channels");
		assertThat(extra()).doesNotContainKey(LinkedInConnector.ORGANIZATION_URN)
			.containsKey(LinkedInConnector.PERSON_URN);
		assertThat(page()).doesNotContain("Posts and reads as the LinkedIn Page");
		assertThat(auditRows()).anySatisfy((r) -> assertThat(r).containsEntry("action", "channel.linkedin_page_cleared")
			.containsEntry("resource_id", this.account.toString()));
		assertThat(output.getAll()).doesNotContain(TOKEN);
	}

	@Test
	void inputThatIsNotAPageIsRefusedBesideTheFieldAndStoresNothing() throws Exception {
		choose(this.account, "5515715");
		Object sealedBefore = row().get("credentials");
		long auditBefore = auditRows().size();
		for (String bad : List.of("clinic", "1".repeat(30), "urn:li:person:x", "<script>alert(1)</script>",
				"urn:li:organization:12a")) {
			MvcResult result = choose(this.account, bad);
			assertThat(result.getResponse().getStatus()).as(bad).isEqualTo(400);
			String html = result.getResponse().getContentAsString();
			String errorId = "page-error-" + this.account;
			assertThat(html).contains("id=\"" + errorId + "\"")
				.contains("aria-describedby=\"page-hint-" + this.account + " " + errorId + "\"")
				.contains("aria-invalid=\"true\"")
				.contains("<strong>Error:</strong>")
				.contains("organization id")
				.doesNotContain("<script>alert(1)</script>");
			assertThat(row().get("credentials")).as(bad).isEqualTo(sealedBefore);
		}
		assertThat(extra()).containsEntry(LinkedInConnector.ORGANIZATION_URN, "urn:li:organization:5515715");
		assertThat(auditRows()).hasSize((int) auditBefore);
	}

	@Test
	void anotherOrganizationsAccountIsNotFoundAndUnchanged() throws Exception {
		TestOrganization other = this.organizations.create();
		MockHttpSession otherAdmin = TestSessions.signIn(this.mvc, other.admin());
		Object sealedBefore = row().get("credentials");
		MvcResult result = this.mvc
			.perform(post("/channels/{id}/linkedin-page", this.account).param("organization", "666")
				.session(otherAdmin)
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(row().get("credentials")).isEqualTo(sealedBefore);
		assertThat(extra()).doesNotContainKey(LinkedInConnector.ORGANIZATION_URN);
	}

	@Test
	void onlyLinkedInAccountsCanActAsAPage() throws Exception {
		UUID sandbox = this.channels.connectSandboxId(this.org.admin().actor());
		Object sealedBefore = this.jdbc.sql("select credentials from channel_account where id = ?")
			.param(sandbox)
			.query()
			.singleValue();
		MvcResult result = choose(sandbox, "5515715");
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString())
			.contains("Only a LinkedIn account can post and read as a LinkedIn Page.");
		assertThat(this.jdbc.sql("select credentials from channel_account where id = ?")
			.param(sandbox)
			.query()
			.singleValue()).isEqualTo(sealedBefore);
	}

	@Test
	void onlyAdministratorsMayChooseThePage() throws Exception {
		MockHttpSession author = TestSessions.signIn(this.mvc, this.org.person(Role.AUTHOR));
		MvcResult result = this.mvc
			.perform(post("/channels/{id}/linkedin-page", this.account).param("organization", "5515715")
				.session(author)
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(extra()).doesNotContainKey(LinkedInConnector.ORGANIZATION_URN);
		// Authors still see which Page the account acts as, without the form.
		choose(this.account, "5515715");
		String page = this.mvc.perform(get("/channels").session(author)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("urn:li:organization:5515715").doesNotContain("Save Page");
	}

	@Test
	void reconnectingKeepsThePageTheAdministratorChose() throws Exception {
		choose(this.account, "5515715");
		UUID again = this.linker
			.link(this.org.id(), this.org.admin().actor(), "Admin", ChannelNetwork.LINKEDIN,
					this.properties.endpoint(ChannelNetwork.LINKEDIN),
					new ChannelCredentials("AQV-new-token", null, Instant.now().plusSeconds(86400), this.person,
							"Dr Lee", Map.of(LinkedInConnector.PERSON_URN, this.person)))
			.id();
		assertThat(again).isEqualTo(this.account);
		assertThat(extra()).containsEntry(LinkedInConnector.ORGANIZATION_URN, "urn:li:organization:5515715");
		assertThat(this.sessions.open(this.sessions.find(this.org.id(), this.account).orElseThrow())
			.session()
			.credentials()
			.accessToken()).isEqualTo("AQV-new-token");
	}

	private MvcResult choose(UUID id, String organization) throws Exception {
		return this.mvc
			.perform(post("/channels/{id}/linkedin-page", id).param("organization", organization)
				.session(this.admin)
				.with(csrf()))
			.andReturn();
	}

	/** The account's session with its real credentials, pointed at a closed port. */
	private ChannelSession unreachable() {
		AccountSessions.Opened opened = this.sessions
			.open(this.sessions.find(this.org.id(), this.account).orElseThrow());
		return new ChannelSession(new ChannelEndpoint(URI.create("http://127.0.0.1:1"), "202610", "c", "s"),
				opened.session().credentials());
	}

	private Map<String, String> extra() {
		return this.sessions.open(this.sessions.find(this.org.id(), this.account).orElseThrow())
			.session()
			.credentials()
			.extra();
	}

	private Map<String, Object> row() {
		return this.jdbc.sql("select * from channel_account where id = ?").param(this.account).query().singleRow();
	}

	private List<Map<String, Object>> auditRows() {
		return this.jdbc
			.sql("select action, resource_id, summary from audit_event where organization_id = ? "
					+ "and action like 'channel.linkedin_page%' order by seq")
			.param(this.org.id())
			.query()
			.listOfRows();
	}

	private String page() throws Exception {
		MvcResult result = this.mvc.perform(get("/channels").session(this.admin)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
