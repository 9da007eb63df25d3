package org.carecast.channels.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.shared.ResourceNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One organization's administrator can neither see, disconnect nor publish to another
 * organization's accounts, nor finish its connection attempts: every attempt answers like
 * an id that does not exist, and the other organization's rows stay exactly as they were.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ChannelTestAccounts.class })
class ChannelTenantIsolationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelTestAccounts channels;

	@Autowired
	ChannelPublisher publisher;

	@Autowired
	JdbcClient jdbc;

	TestOrganization a;

	TestOrganization b;

	ConnectedAccount accountOfB;

	String postOfB;

	MockHttpSession adminOfA;

	@BeforeEach
	void twoOrganizations() throws Exception {
		this.a = this.organizations.create();
		this.b = this.organizations.create();
		this.channels.connectSandbox(this.a.admin().actor());
		this.accountOfB = this.channels.connectSandbox(this.b.admin().actor());
		this.postOfB = "Private to B " + UUID.randomUUID();
		this.publisher.publish(this.b.id(), this.accountOfB.id(), OutboundPost.text(UUID.randomUUID(), this.postOfB), 0,
				null);
		this.adminOfA = TestSessions.signIn(this.mvc, this.a.admin());
	}

	@Test
	void disconnectingAnotherOrganizationsAccountIsNotFoundAndChangesNothing() throws Exception {
		Map<String, List<Map<String, Object>>> before = snapshot(this.b.id());
		MvcResult elsewhere = this.mvc
			.perform(post("/channels/{id}/disconnect", this.accountOfB.id()).session(this.adminOfA).with(csrf()))
			.andReturn();
		MvcResult nowhere = this.mvc
			.perform(post("/channels/{id}/disconnect", UUID.randomUUID()).session(this.adminOfA).with(csrf()))
			.andReturn();
		assertThat(elsewhere.getResponse().getStatus()).isEqualTo(404);
		assertThat(elsewhere.getResponse().getContentAsString()).isEqualTo(nowhere.getResponse().getContentAsString());
		assertThat(snapshot(this.b.id())).isEqualTo(before);
	}

	@Test
	void pagesShowOnlyTheSignedInOrganizationsAccountsAndPosts() throws Exception {
		String channelsPage = page("/channels");
		assertThat(channelsPage).doesNotContain(this.accountOfB.handle());
		String sandbox = page("/sandbox");
		assertThat(sandbox).doesNotContain(this.postOfB).doesNotContain(this.accountOfB.handle());
	}

	@Test
	void publishingToAnotherOrganizationsAccountIsNotFound() {
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Not yours");
		assertThatThrownBy(() -> this.publisher.publish(this.a.id(), this.accountOfB.id(), post, 0, null))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThat(this.jdbc.sql("select count(*) from sandbox_post where idempotency_key = ?")
			.param(post.idempotencyKey())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anotherOrganizationsConnectionAttemptCannotBeFinished() throws Exception {
		var callbackOfB = UriComponentsBuilder.fromUri(this.channels.startSandbox(this.b.admin().actor()))
			.build()
			.getQueryParams();
		Map<String, List<Map<String, Object>>> before = snapshot(this.b.id());
		MvcResult result = this.mvc
			.perform(get("/channels/callback/sandbox").param("state", callbackOfB.getFirst("state"))
				.param("code", callbackOfB.getFirst("code"))
				.session(this.adminOfA))
			.andReturn();
		assertThat(result.getFlashMap().get("problem")).asString().contains("expired or was already used");
		assertThat(this.publisher.accounts(this.a.id())).hasSize(1);
		assertThat(snapshot(this.b.id())).isEqualTo(before);
	}

	@Test
	void aSandboxPostCannotReplyAcrossOrganizations() {
		String remoteOfB = this.jdbc.sql("select remote_id from sandbox_post where organization_id = ?")
			.param(this.b.id())
			.query(String.class)
			.single();
		UUID accountOfA = this.publisher.accounts(this.a.id()).get(0).id();
		OutboundPost reply = new OutboundPost(UUID.randomUUID(), "Replying across", List.of(), null, remoteOfB, null);
		assertThat(this.publisher.publish(this.a.id(), accountOfA, reply, 0, null))
			.isInstanceOf(PublishOutcome.Failed.class);
	}

	private String page(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).session(this.adminOfA)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private Map<String, List<Map<String, Object>>> snapshot(UUID organizationId) {
		Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
		for (String table : List.of("channel_account", "channel_authorization", "channel_app_registration",
				"sandbox_post")) {
			snapshot.put(table,
					this.jdbc.sql("select * from " + table + " where organization_id = ? order by 1")
						.param(organizationId)
						.query()
						.listOfRows());
		}
		snapshot.put("audit_event",
				this.jdbc.sql("select * from audit_event where organization_id = ? order by seq")
					.param(organizationId)
					.query()
					.listOfRows());
		return snapshot;
	}

}
