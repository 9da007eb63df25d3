package org.carecast.channels.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.TestOrganizations;
import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.channels.InboundKind;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.internal.AccountSessions;
import org.carecast.channels.internal.ChannelAccountStore;
import org.carecast.channels.internal.ConnectorRegistry;
import org.carecast.channels.internal.ReconnectionMarker;
import org.carecast.channels.internal.RetryDelays;
import org.carecast.channels.sandbox.SandboxConnector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polling against a real database with a scripted network: items handed over page by page
 * with the cursor, so a node that stops (here: a listener that fails, rolling its page
 * back) and a poller built afresh over the same database go on without a gap, and pages
 * that overlap store each item once.
 */
@SpringBootTest
@Import({ TestOrganizations.class, ChannelTestAccounts.class, InboundPollingIntegrationTests.Scripts.class })
class InboundPollingIntegrationTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Scripts {

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		ScriptedInbound scriptedInbound(SandboxConnector sandbox) {
			return new ScriptedInbound(sandbox);
		}

		@Bean
		StoringListener storingListener(JdbcClient jdbc) {
			return new StoringListener(jdbc);
		}

	}

	/**
	 * What the inbox does: upsert by (account, remote id) in the poll's transaction. It
	 * can be told to fail once, as a crash between two pages.
	 */
	static final class StoringListener {

		private final JdbcClient jdbc;

		volatile String failOn;

		StoringListener(JdbcClient jdbc) {
			this.jdbc = jdbc;
			jdbc.sql("create table if not exists test_inbound_seen (account_id uuid not null, "
					+ "remote_id varchar(100) not null, deliveries integer not null, primary key (account_id, remote_id))")
				.update();
		}

		@EventListener
		void store(InboundItemsReceived received) {
			for (InboundItem item : received.items()) {
				int updated = this.jdbc.sql(
						"update test_inbound_seen set deliveries = deliveries + 1 where account_id = ? and remote_id = ?")
					.params(received.accountId(), item.remoteId())
					.update();
				if (updated == 0) {
					this.jdbc.sql("insert into test_inbound_seen (account_id, remote_id, deliveries) values (?, ?, 1)")
						.params(received.accountId(), item.remoteId())
						.update();
				}
				if (item.remoteId().equals(this.failOn)) {
					this.failOn = null;
					throw new IllegalStateException("simulated crash");
				}
			}
		}

		List<String> stored(UUID accountId) {
			return this.jdbc.sql("select remote_id from test_inbound_seen where account_id = ? order by remote_id")
				.param(accountId)
				.query(String.class)
				.list();
		}

	}

	@Autowired
	InboundPoller poller;

	@Autowired
	ScriptedInbound network;

	@Autowired
	StoringListener listener;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelTestAccounts channels;

	@Autowired
	InboundCursors cursors;

	@Autowired
	ChannelAccountStore accounts;

	@Autowired
	AccountSessions sessions;

	@Autowired
	ConnectorRegistry connectors;

	@Autowired
	ReconnectionMarker reconnections;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RetryDelays delays;

	@Autowired
	Clock clock;

	ConnectedAccount account;

	@BeforeEach
	void connected() {
		this.network.reset();
		this.listener.failOn = null;
		this.account = this.channels.connectSandbox(this.organizations.create().admin().actor());
	}

	private static InboundItem item(String id) {
		return new InboundItem(id, InboundKind.COMMENT, "@someone", null, "text of " + id, Instant.now(), null, null,
				null, null);
	}

	private static InboundPage page(String next, boolean more, String... ids) {
		return new InboundPage(java.util.Arrays.stream(ids).map(InboundPollingIntegrationTests::item).toList(), next,
				more);
	}

	private InboundPoller restartedPoller() {
		return new InboundPoller(this.accounts, this.sessions, this.connectors, this.reconnections, this.cursors,
				this.events, this.transactions, new InboundProperties(null, 10, null, null, null, null, null),
				this.delays, this.clock);
	}

	private int poll(InboundPoller poller) {
		return poller.poll(this.accounts.find(this.account.organizationId(), this.account.id()).orElseThrow());
	}

	@Test
	void aCrashBetweenPagesLeavesNoGapAndOverlappingPagesNoDuplicate() {
		this.network.answer(ScriptedInbound.START, page("c1", true, "a", "b"));
		this.network.answer("c1", page("c2", true, "b", "c"));
		this.network.answer("c2", page("c3", false, "d"));
		this.listener.failOn = "c";

		poll(this.poller);

		assertThat(this.listener.stored(this.account.id())).containsExactly("a", "b");
		assertThat(position().cursor()).isEqualTo("c1");

		int handed = poll(restartedPoller());

		assertThat(handed).isEqualTo(3);
		assertThat(this.listener.stored(this.account.id())).containsExactly("a", "b", "c", "d");
		assertThat(position().cursor()).isEqualTo("c3");
		// Page one was never read again; page two was read again after the crash.
		assertThat(this.network.reads).containsExactly(ScriptedInbound.START, "c1", "c1", "c2");

		poll(restartedPoller());
		assertThat(this.network.reads).endsWith("c3");
		assertThat(this.listener.stored(this.account.id())).hasSize(4);
	}

	@Test
	void aRefusedTokenIsRefreshedOnceThenTheAccountNeedsReconnecting() {
		this.network.answer(ScriptedInbound.START, new AuthorizationExpiredException(ChannelNetwork.SANDBOX, "no"));

		poll(this.poller);

		assertThat(this.network.reads).hasSize(2);
		assertThat(this.accounts.find(this.account.organizationId(), this.account.id()).orElseThrow().status())
			.isEqualTo(ConnectedAccount.Status.NEEDS_RECONNECTION);
		assertThat(position().cursor()).isNull();
	}

	@Test
	void aRateLimitHoldsTheStreamBackUntilTheNetworksReset() {
		Instant reset = this.clock.instant().plusSeconds(600);
		this.network.answer(ScriptedInbound.START, new RateLimitedException(ChannelNetwork.SANDBOX, reset, false),
				page("c1", false, "a"));

		poll(this.poller);
		poll(this.poller);

		assertThat(this.network.reads).hasSize(1);
		assertThat(position().notBefore()).isEqualTo(reset.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		assertThat(this.listener.stored(this.account.id())).isEmpty();
	}

	@Test
	void pollAllReachesEveryConnectedAccountOfAReadableNetwork() {
		this.network.answer(ScriptedInbound.START, page("c1", false, "z"));

		this.poller.pollAll();

		assertThat(this.listener.stored(this.account.id())).containsExactly("z");
	}

	private InboundCursors.Position position() {
		return this.cursors.find(this.account.organizationId(), this.account.id(), InboundStream.MENTIONS);
	}

}
