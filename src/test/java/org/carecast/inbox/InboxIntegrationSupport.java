package org.carecast.inbox;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.channels.InboundKind;
import org.carecast.guardrail.InboundTriage;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application with the test's own triage labels ({@link MarkedTriage}), a fresh
 * clinic with a connected sandbox account for every test, and a way to let items arrive
 * as the channels do: an {@link InboundItemsReceived} published inside a transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ChannelTestAccounts.class, InboxIntegrationSupport.Labels.class })
public abstract class InboxIntegrationSupport {

	@TestConfiguration
	public static class Labels {

		@Bean
		@Primary
		InboundTriage markedTriage() {
			return new MarkedTriage();
		}

	}

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected TestOrganizations organizations;

	@Autowired
	protected ChannelTestAccounts channels;

	@Autowired
	protected ApplicationEventPublisher events;

	@Autowired
	protected TransactionTemplate transactions;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected InboxItems items;

	@Autowired
	protected InboxWork work;

	protected TestOrganization clinic;

	protected UUID accountId;

	@BeforeEach
	protected void newClinic() {
		this.clinic = this.organizations.create();
		this.accountId = this.channels.connectSandboxId(this.clinic.admin().actor());
	}

	/** Items arrive on the clinic's sandbox account, as a poll would deliver them. */
	protected void arrive(InboundItem... items) {
		arrive(this.clinic.id(), this.accountId, items);
	}

	protected void arrive(UUID organizationId, UUID account, InboundItem... items) {
		arrive(organizationId, account, ChannelNetwork.SANDBOX, items);
	}

	protected void arrive(UUID organizationId, UUID account, ChannelNetwork network, InboundItem... items) {
		this.transactions.executeWithoutResult((tx) -> this.events
			.publishEvent(new InboundItemsReceived(organizationId, account, network, Arrays.asList(items))));
	}

	protected static InboundItem comment(String remoteId, String text) {
		return new InboundItem(remoteId, InboundKind.COMMENT, "@pat", "Pat", text, Instant.now(), "post-1", "post-1",
				null, URI.create("https://sandbox.example/c/" + Math.abs(remoteId.hashCode())));
	}

	protected static InboundItem message(String remoteId, String conversation, String text) {
		return new InboundItem(remoteId, InboundKind.DIRECT_MESSAGE, "@sam", null, text, Instant.now(), null, null,
				conversation, null);
	}

	protected UUID idOf(String remoteId) {
		return this.jdbc.sql("select id from inbox_item where organization_id = ? and remote_id = ?")
			.params(this.clinic.id(), remoteId)
			.query(UUID.class)
			.single();
	}

	protected InboxItem item(String remoteId) {
		return this.items.find(this.clinic.id(), idOf(remoteId)).orElseThrow();
	}

	/** The audit actions recorded about a resource, oldest first. */
	protected List<String> actions(UUID resourceId) {
		return this.jdbc.sql("select action from audit_event where resource_id = ? order by seq")
			.param(resourceId.toString())
			.query(String.class)
			.list();
	}

}
