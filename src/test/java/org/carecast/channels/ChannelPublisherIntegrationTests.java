package org.carecast.channels;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.internal.ChannelAccountStore;
import org.carecast.channels.internal.CredentialsVault;
import org.carecast.channels.internal.StoredAccount;
import org.carecast.channels.sandbox.SandboxFault;
import org.carecast.channels.sandbox.SandboxFaults;
import org.carecast.shared.ResourceNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The publisher against the sandbox network and a real database: what a network stores,
 * what Carecast stores, and the retry rules with failures injected into the sandbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ChannelTestAccounts.class })
@RecordApplicationEvents
class ChannelPublisherIntegrationTests {

	@Autowired
	ChannelPublisher publisher;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelTestAccounts channels;

	@Autowired
	SandboxFaults faults;

	@Autowired
	ChannelAccountStore store;

	@Autowired
	CredentialsVault vault;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	TestOrganization org;

	ConnectedAccount account;

	@BeforeEach
	void connectedSandboxAccount() {
		this.faults.clear();
		this.org = this.organizations.create();
		this.account = this.channels.connectSandbox(this.org.admin().actor());
	}

	@AfterEach
	void noFaultsLeft() {
		this.faults.clear();
	}

	@Test
	void aPostLandsOnTheSandboxTimelineAndTokensStayEncrypted() {
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Flu shots every weekday at the Main Street clinic.");
		PublishOutcome outcome = this.publisher.publish(this.org.id(), this.account.id(), post, 0, null);
		assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
		String remoteId = ((PublishOutcome.Published) outcome).post().remoteId();
		assertThat(this.jdbc.sql("select body from sandbox_post where remote_id = ?")
			.param(remoteId)
			.query(String.class)
			.single()).isEqualTo(post.text());

		StoredAccount stored = stored();
		String token = this.vault.open(stored.sealedCredentials(), stored.id()).accessToken();
		assertThat(token).startsWith("sbx_");
		String row = this.jdbc.sql("select * from channel_account where id = ?")
			.param(this.account.id())
			.query()
			.singleRow()
			.toString();
		assertThat(row).doesNotContain(token);
		assertThat(auditSummaries()).noneMatch((summary) -> summary.contains(token));
	}

	@Test
	void aResendWithTheSameKeyReturnsTheSamePost() {
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Clinic hours change on Monday.");
		PublishedPost first = published(this.publisher.publish(this.org.id(), this.account.id(), post, 0, null));
		PublishedPost again = published(
				this.publisher.publish(this.org.id(), this.account.id(), post, 1, Instant.now().minusSeconds(5)));
		assertThat(again.remoteId()).isEqualTo(first.remoteId());
		assertThat(postsWithKey(post)).isEqualTo(1);
	}

	@Test
	void aTimeoutAfterTheSandboxStoredThePostNeverMakesASecond() {
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Vaccination drive on Saturday.");
		this.faults.inject(SandboxFault.OUTCOME_UNKNOWN_AFTER_CREATE);
		Instant first = Instant.now();
		PublishOutcome unknown = this.publisher.publish(this.org.id(), this.account.id(), post, 0, null);
		assertThat(unknown).isInstanceOf(PublishOutcome.RetryLater.class);
		assertThat(postsWithKey(post)).isEqualTo(1);
		PublishedPost recovered = published(this.publisher.publish(this.org.id(), this.account.id(), post, 1, first));
		assertThat(postsWithKey(post)).isEqualTo(1);
		assertThat(recovered.remoteId())
			.isEqualTo(this.jdbc.sql("select remote_id from sandbox_post where idempotency_key = ?")
				.param(post.idempotencyKey())
				.query(String.class)
				.single());
	}

	@Test
	void aRefusedTokenIsRefreshedStoredAndUsed() {
		String before = this.vault.open(stored().sealedCredentials(), this.account.id()).accessToken();
		long version = stored().version();
		this.faults.inject(SandboxFault.TOKEN_REFUSED);
		published(this.publisher.publish(this.org.id(), this.account.id(), text(), 0, null));
		StoredAccount after = stored();
		assertThat(this.vault.open(after.sealedCredentials(), after.id()).accessToken()).isNotEqualTo(before);
		assertThat(after.version()).isGreaterThan(version);
		assertThat(after.status()).isEqualTo(ConnectedAccount.Status.CONNECTED);
	}

	@Test
	void anAccountRefusingItsRefreshedTokenNeedsReconnectionOnceAndTellsTheApplication() {
		this.faults.inject(SandboxFault.TOKEN_REFUSED, SandboxFault.TOKEN_REFUSED);
		PublishOutcome outcome = this.publisher.publish(this.org.id(), this.account.id(), text(), 0, null);
		assertThat(outcome).isInstanceOf(PublishOutcome.NeedsReconnection.class);
		assertThat(stored().status()).isEqualTo(ConnectedAccount.Status.NEEDS_RECONNECTION);
		assertThat(this.events.stream(ChannelNeedsReconnection.class))
			.containsExactly(new ChannelNeedsReconnection(this.org.id(), this.account.id(), ChannelNetwork.SANDBOX));
		assertThat(auditActions()).contains("channel.needs_reconnection");

		// Later posts are refused without calling the network, and nothing is raised
		// again.
		this.faults.inject(SandboxFault.REJECTED);
		assertThat(this.publisher.publish(this.org.id(), this.account.id(), text(), 0, null))
			.isInstanceOf(PublishOutcome.NeedsReconnection.class);
		assertThat(this.events.stream(ChannelNeedsReconnection.class)).hasSize(1);
		assertThat(this.publisher.account(this.org.id(), this.account.id()).orElseThrow().canPublish()).isFalse();
	}

	@Test
	void aRefusedRefreshNeedsReconnection() {
		this.faults.inject(SandboxFault.TOKEN_REFUSED, SandboxFault.REFRESH_REFUSED);
		assertThat(this.publisher.publish(this.org.id(), this.account.id(), text(), 0, null))
			.isInstanceOf(PublishOutcome.NeedsReconnection.class);
		assertThat(stored().status()).isEqualTo(ConnectedAccount.Status.NEEDS_RECONNECTION);
	}

	@Test
	void throttlesAndOutagesBecomeWaits() {
		Instant now = Instant.now();
		this.faults.inject(SandboxFault.RATE_LIMITED);
		PublishOutcome.RetryLater throttled = (PublishOutcome.RetryLater) this.publisher.publish(this.org.id(),
				this.account.id(), text(), 0, null);
		assertThat(throttled.notBefore()).isBetween(now.plusSeconds(25), now.plusSeconds(35));
		this.faults.inject(SandboxFault.TEMPORARY_FAILURE);
		assertThat(this.publisher.publish(this.org.id(), this.account.id(), text(), 0, null))
			.isInstanceOf(PublishOutcome.RetryLater.class);
		this.faults.inject(SandboxFault.TEMPORARY_FAILURE);
		assertThat(this.publisher.publish(this.org.id(), this.account.id(), text(), 4, now))
			.isInstanceOf(PublishOutcome.Failed.class);
	}

	@Test
	void aDuplicateIsRecoveredAsTheExistingPost() {
		OutboundPost post = text();
		PublishedPost first = published(this.publisher.publish(this.org.id(), this.account.id(), post, 0, null));
		this.faults.inject(SandboxFault.DUPLICATE);
		assertThat(published(this.publisher.publish(this.org.id(), this.account.id(), post, 0, null)).remoteId())
			.isEqualTo(first.remoteId());
	}

	@Test
	void refusalsFailWithThePlainReason() {
		this.faults.inject(SandboxFault.REJECTED);
		assertThat(this.publisher.publish(this.org.id(), this.account.id(), text(), 0, null))
			.isEqualTo(new PublishOutcome.Failed("The sandbox refused this post."));
		OutboundPost orphanReply = new OutboundPost(UUID.randomUUID(), "Thanks!", List.of(), null, "sbx-missing", null);
		assertThat(this.publisher.publish(this.org.id(), this.account.id(), orphanReply, 0, null))
			.isEqualTo(new PublishOutcome.Failed("The post being answered does not exist."));
	}

	@Test
	void anotherOrganizationsAccountDoesNotExistForTheCaller() {
		TestOrganization other = this.organizations.create();
		assertThatThrownBy(() -> this.publisher.publish(other.id(), this.account.id(), text(), 0, null))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThat(this.publisher.account(other.id(), this.account.id())).isEmpty();
		assertThat(this.publisher.accounts(other.id())).isEmpty();
		assertThat(this.publisher.accounts(this.org.id())).extracting(ConnectedAccount::id)
			.containsExactly(this.account.id());
	}

	@Test
	void aDisconnectedAccountIsNotPublishedTo() {
		this.jdbc.sql("update channel_account set status = 'DISCONNECTED', credentials = null where id = ?")
			.param(this.account.id())
			.update();
		assertThat(this.publisher.publish(this.org.id(), this.account.id(), text(), 0, null))
			.isInstanceOf(PublishOutcome.NeedsReconnection.class);
	}

	private StoredAccount stored() {
		return this.store.find(this.org.id(), this.account.id()).orElseThrow();
	}

	private long postsWithKey(OutboundPost post) {
		return this.jdbc.sql("select count(*) from sandbox_post where idempotency_key = ?")
			.param(post.idempotencyKey())
			.query(Long.class)
			.single();
	}

	private List<String> auditSummaries() {
		return this.jdbc.sql("select summary from audit_event where organization_id = ?")
			.param(this.org.id())
			.query(String.class)
			.list();
	}

	private List<String> auditActions() {
		return this.jdbc.sql("select action from audit_event where organization_id = ?")
			.param(this.org.id())
			.query(String.class)
			.list();
	}

	private static OutboundPost text() {
		return OutboundPost.text(UUID.randomUUID(), "Free blood pressure checks this Friday.");
	}

	private static PublishedPost published(PublishOutcome outcome) {
		assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
		return ((PublishOutcome.Published) outcome).post();
	}

}
