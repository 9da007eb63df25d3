package org.carecast.channels.web;

import java.time.Instant;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelNeedsReconnection;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.internal.ChannelAccountStore;
import org.carecast.channels.internal.ReconnectionMarker;
import org.carecast.channels.internal.StoredAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account whose authorization is gone: its organization's administrators see a banner
 * on every page until it is connected again, nobody else does, and the audit trail has it
 * once however many posts fail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ChannelTestAccounts.class })
@RecordApplicationEvents
class ReconnectionBannerIntegrationTests {

	private static final String BANNER = "class=\"reconnect-banner\"";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private ChannelTestAccounts channels;

	@Autowired
	private ChannelAccountStore store;

	@Autowired
	private ReconnectionMarker marker;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private ApplicationEvents events;

	private TestOrganization clinic;

	private ConnectedAccount account;

	@BeforeEach
	void connectedAccount() {
		this.clinic = this.organizations.create();
		this.account = this.channels.connectSandbox(this.clinic.admin().actor());
	}

	@Test
	void administratorsSeeTheBannerOnEveryPageUntilTheAccountIsConnectedAgain() throws Exception {
		MockHttpSession admin = TestSessions.signIn(this.mvc, this.clinic.admin());
		assertThat(page("/", admin)).doesNotContain(BANNER);

		this.marker.mark(stored());
		this.marker.mark(stored());

		for (String path : new String[] { "/", "/posts", "/admin/audit", "/account" }) {
			String html = page(path, admin);
			assertThat(html).as(path).contains(BANNER).contains("An account needs to be connected again:");
			assertThat(html).as(path).contains(this.account.handle() + " on sandbox").contains("href=\"/channels\"");
		}
		assertThat(this.events.stream(ChannelNeedsReconnection.class))
			.containsExactly(new ChannelNeedsReconnection(this.clinic.id(), this.account.id(), ChannelNetwork.SANDBOX));
		assertThat(this.auditTrail.search(this.clinic.id(), AuditQuery.firstPage()))
			.filteredOn((r) -> "channel.needs_reconnection".equals(r.action()))
			.singleElement()
			.satisfies((r) -> assertThat(r.resourceId()).isEqualTo(this.account.id().toString()));

		StoredAccount marked = stored();
		this.store.update(marked.withStatus(ConnectedAccount.Status.CONNECTED, Instant.now()));
		assertThat(page("/posts", admin)).doesNotContain(BANNER);
	}

	@Test
	void otherRolesAndOtherOrganizationsDoNotSeeIt() throws Exception {
		this.marker.mark(stored());
		for (Role role : new Role[] { Role.AUTHOR, Role.REVIEWER, Role.RESPONDER, Role.ANALYST }) {
			MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(role));
			assertThat(page("/", session)).as(role.name()).doesNotContain(BANNER);
		}
		TestOrganization other = this.organizations.create();
		MockHttpSession otherAdmin = TestSessions.signIn(this.mvc, other.admin());
		assertThat(page("/", otherAdmin)).doesNotContain(BANNER).doesNotContain(this.account.handle());
	}

	private StoredAccount stored() {
		return this.store.find(this.clinic.id(), this.account.id()).orElseThrow();
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
