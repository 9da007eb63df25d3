package org.carecast.publishing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.carecast.accounts.Role;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Scheduled delivery through the real db-scheduler on the test database, with the
 * networks replaced by a mock.
 */
class ScheduledPublishingIntegrationTests extends PublishingIntegrationSupport {

	/**
	 * The promise: due posts go out within 5 seconds; the margin absorbs a slow CI
	 * machine.
	 */
	static final Duration WITHIN = Duration.ofSeconds(8);

	@Autowired
	private PublishingPause pause;

	private Actor author;

	private Actor reviewer;

	@BeforeEach
	void clinic() {
		this.author = this.clinic.person(Role.AUTHOR).actor();
		this.reviewer = this.clinic.person(Role.REVIEWER).actor();
	}

	@Test
	void aDuePostGoesOutOnceAndIsMarkedPublished() {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
		Post post = scheduled("Flu shots today.", Instant.now(), account);
		PublishingFixture.await(WITHIN, () -> state(post) == PostState.PUBLISHED);

		Delivery delivery = this.posts.deliveries(this.author, post.id()).get(0);
		assertThat(delivery.state()).isEqualTo(Delivery.State.PUBLISHED);
		assertThat(delivery.remoteId()).isEqualTo("remote-" + delivery.idempotencyKey());
		assertThat(delivery.remoteUrl()).contains(delivery.idempotencyKey().toString());
		assertThat(delivery.attempts()).isEqualTo(1);
		ArgumentCaptor<OutboundPost> sent = ArgumentCaptor.forClass(OutboundPost.class);
		verify(this.publisher, times(1)).publish(eq(this.clinic.id()), eq(account), sent.capture(), eq(0), eq(null));
		assertThat(sent.getValue().text()).isEqualTo("Flu shots today.");
		assertThat(sent.getValue().idempotencyKey()).isEqualTo(delivery.idempotencyKey());
		assertThat(actions(post.id())).containsSubsequence("post.scheduled", "post.publishing", "delivery.published",
				"post.published");
		// Nothing is left to run: the task removed itself.
		assertThat(taskRows(delivery.id())).isZero();
	}

	@Test
	void aScheduledTaskIsARowInTheDatabaseSoItSurvivesARestart() {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.BLUESKY);
		Instant sendAt = Instant.now().plus(1, ChronoUnit.HOURS);
		Post post = scheduled("See you at the health fair.", sendAt, account);
		Delivery delivery = this.posts.deliveries(this.author, post.id()).get(0);
		Map<String, Object> row = this.jdbc
			.sql("select execution_time, picked from scheduled_tasks where task_name = 'publish-delivery' "
					+ "and task_instance = ?")
			.param(delivery.id().toString())
			.query()
			.singleRow();
		assertThat(row.get("picked")).isEqualTo(false);
		verify(this.publisher, never()).publish(any(), any(), any(), anyInt(), any());
		// Whatever node polls next acts on the row alone: bring the time forward as if
		// the application had been down until then.
		this.jdbc.sql("update scheduled_tasks set execution_time = ? where task_instance = ?")
			.params(java.time.OffsetDateTime.now(), delivery.id().toString())
			.update();
		PublishingFixture.await(WITHIN, () -> state(post) == PostState.PUBLISHED);
	}

	@Test
	void retryLaterKeepsTheKeyAndTheFirstAttemptTime() {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.X);
		willReturn(new PublishOutcome.RetryLater(Instant.now().plusSeconds(1), "X asked us to slow down"))
			.given(this.publisher)
			.publish(any(), eq(account), any(), eq(0), any());
		Post post = scheduled("Stay hydrated.", Instant.now(), account);
		PublishingFixture.await(WITHIN.plusSeconds(3), () -> state(post) == PostState.PUBLISHED);

		Delivery delivery = this.posts.deliveries(this.author, post.id()).get(0);
		ArgumentCaptor<OutboundPost> sent = ArgumentCaptor.forClass(OutboundPost.class);
		ArgumentCaptor<Instant> firstAttempt = ArgumentCaptor.forClass(Instant.class);
		verify(this.publisher, times(2)).publish(any(), eq(account), sent.capture(), anyInt(), firstAttempt.capture());
		assertThat(sent.getAllValues()).extracting(OutboundPost::idempotencyKey)
			.containsOnly(delivery.idempotencyKey());
		assertThat(firstAttempt.getAllValues().get(0)).isNull();
		assertThat(firstAttempt.getAllValues().get(1)).isEqualTo(delivery.firstAttemptAt());
		verify(this.publisher).publish(any(), eq(account), any(), eq(1), any());
		assertThat(delivery.attempts()).isEqualTo(2);
	}

	@Test
	void aRefusalFailsThePostWithTheNetworksWords() {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.LINKEDIN);
		willReturn(new PublishOutcome.Failed("LinkedIn says the text is a duplicate of a recent post."))
			.given(this.publisher)
			.publish(any(), eq(account), any(), anyInt(), any());
		Post post = scheduled("Know your numbers.", Instant.now(), account);
		PublishingFixture.await(WITHIN, () -> state(post) == PostState.FAILED);
		Post failed = this.posts.get(this.author, post.id());
		assertThat(failed.failureMessage()).contains("duplicate of a recent post").contains("@clinic-linkedin");
		assertThat(this.posts.deliveries(this.author, post.id()).get(0).lastError()).contains("duplicate");
	}

	@Test
	void aLostAuthorizationAsksForReconnection() {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.FACEBOOK);
		willReturn(new PublishOutcome.NeedsReconnection("token revoked")).given(this.publisher)
			.publish(any(), eq(account), any(), anyInt(), any());
		Post post = scheduled("Clinic closed Monday.", Instant.now(), account);
		PublishingFixture.await(WITHIN, () -> state(post) == PostState.FAILED);
		assertThat(this.posts.get(this.author, post.id()).failureMessage()).contains("needs to be reconnected");
	}

	@Test
	void aPostNotApprovedByItsSendTimeIsHeldAndShownOverdue() throws InterruptedException {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
		Post post = this.posts.create(this.author, PostDraft.of("Late news.", Instant.now().minusSeconds(60), account));
		this.review.submit(this.author, post.id(), post.version());
		Thread.sleep(3000);
		Post stored = this.posts.get(this.author, post.id());
		assertThat(stored.state()).isEqualTo(PostState.IN_REVIEW);
		assertThat(stored.overdue(Instant.now())).isTrue();
		verify(this.publisher, never()).publish(any(), any(), any(), anyInt(), any());
	}

	@Test
	void editingAScheduledPostStopsItAndSendsItBackToReview() throws InterruptedException {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
		Post post = scheduled("Original.", Instant.now().plusSeconds(3), account);
		this.posts.update(this.author, post.id(), post.version(),
				PostDraft.of("Changed after approval.", post.scheduledAt(), account));
		Thread.sleep(5000);
		assertThat(state(post)).isEqualTo(PostState.IN_REVIEW);
		assertThat(this.posts.deliveries(this.author, post.id()).get(0).state()).isEqualTo(Delivery.State.PENDING);
		verify(this.publisher, never()).publish(any(), any(), any(), anyInt(), any());
	}

	@Test
	void thePauseHoldsWhatComesDueAndResumingPublishesItOnce() {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.THREADS);
		Actor admin = this.clinic.admin().actor();
		this.pause.pause(admin, "Crisis in the community");
		Post post = scheduled("Weekly tip.", Instant.now(), account);
		PublishingFixture.await(WITHIN,
				() -> this.posts.deliveries(this.author, post.id()).get(0).state() == Delivery.State.HELD);
		verify(this.publisher, never()).publish(any(), any(), any(), anyInt(), any());
		assertThat(this.pause.status(this.clinic.id()).paused()).isTrue();

		assertThat(this.pause.resume(admin, ResumeChoice.PUBLISH_NOW, null)).isEqualTo(1);
		PublishingFixture.await(WITHIN, () -> state(post) == PostState.PUBLISHED);
		verify(this.publisher, times(1)).publish(any(), eq(account), any(), anyInt(), any());
		assertThat(actions(this.clinic.id())).contains("publishing.paused", "publishing.resumed");
	}

	@Test
	void resumingWithHoldReturnsHeldPostsToApproved() {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
		Actor admin = this.clinic.admin().actor();
		this.pause.pause(admin, null);
		Post post = scheduled("Held.", Instant.now(), account);
		PublishingFixture.await(WITHIN,
				() -> this.posts.deliveries(this.author, post.id()).get(0).state() == Delivery.State.HELD);
		UUID key = this.posts.deliveries(this.author, post.id()).get(0).idempotencyKey();
		this.pause.resume(admin, ResumeChoice.HOLD, null);
		Post held = this.posts.get(this.author, post.id());
		assertThat(held.state()).isEqualTo(PostState.APPROVED);
		// Scheduling again reuses the delivery and its key.
		this.review.schedule(this.reviewer, post.id(), held.version(), Instant.now());
		PublishingFixture.await(WITHIN, () -> state(post) == PostState.PUBLISHED);
		assertThat(this.posts.deliveries(this.author, post.id())).singleElement()
			.satisfies((d) -> assertThat(d.idempotencyKey()).isEqualTo(key));
	}

	@Test
	void twoSchedulersOnOneDatabasePublishNothingTwice(@Autowired DataSource dataSource,
			@Autowired @Qualifier("publishDeliveryTask") CustomTask<Void> task) {
		willAnswer((inv) -> {
			Thread.sleep(150);
			return PublishingFixture.published(inv.getArgument(2));
		}).given(this.publisher).publish(any(), any(), any(), anyInt(), any());
		// A second node: its own scheduler on the same database, polling fast.
		Scheduler other = Scheduler.create(dataSource, List.of(task))
			.pollingInterval(Duration.ofMillis(200))
			.threads(4)
			.schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed("second-node"))
			.build();
		other.start();
		try {
			List<Post> many = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.SANDBOX);
				many.add(scheduled("Post number " + i, Instant.now(), account));
			}
			PublishingFixture.await(Duration.ofSeconds(20),
					() -> many.stream().allMatch((p) -> state(p) == PostState.PUBLISHED));
			ArgumentCaptor<OutboundPost> sent = ArgumentCaptor.forClass(OutboundPost.class);
			verify(this.publisher, atLeast(0)).publish(any(), any(), sent.capture(), anyInt(), any());
			assertThat(sent.getAllValues()).hasSize(8);
			assertThat(sent.getAllValues().stream().map(OutboundPost::idempotencyKey).distinct()).hasSize(8);
		}
		finally {
			other.stop();
		}
	}

	@Test
	void publishingGoesOnAfterTheContextIsStoppedAndStartedAgain(
			@Autowired org.springframework.context.ConfigurableApplicationContext context) {
		// Spring stops and restarts a paused context (the test context cache does this on
		// every switch); a db-scheduler that was stopped once cannot start again, so the
		// context must build a new one.
		context.stop();
		context.start();
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
		Post post = scheduled("After the restart.", Instant.now(), account);
		PublishingFixture.await(WITHIN, () -> state(post) == PostState.PUBLISHED);
	}

	@Test
	void anAccountTakenOffThePostDoesNotHoldItInPublishing() {
		UUID stays = this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
		UUID removed = this.accounts.account(this.clinic.id(), ChannelNetwork.BLUESKY);
		Post first = scheduled("Two networks.", Instant.now().plusSeconds(3600), stays, removed);
		// Edited to one account: back to review, then approved and scheduled again. The
		// other account's delivery is cancelled and must not count as outstanding.
		Post edited = this.posts.update(this.author, first.id(), first.version(),
				PostDraft.of("One network.", null, stays));
		Post approved = this.review.approve(this.reviewer, edited.id(), edited.version(), null);
		this.review.schedule(this.reviewer, edited.id(), approved.version(), Instant.now());
		PublishingFixture.await(WITHIN, () -> state(first) == PostState.PUBLISHED);
		assertThat(this.posts.deliveries(this.author, first.id())).extracting(Delivery::state)
			.containsExactlyInAnyOrder(Delivery.State.PUBLISHED, Delivery.State.CANCELLED);
	}

	private Post scheduled(String text, Instant sendAt, UUID... accounts) {
		Post post = this.posts.create(this.author, PostDraft.of(text, sendAt, accounts));
		Post submitted = this.review.submit(this.author, post.id(), post.version());
		Post approved = this.review.approve(this.reviewer, post.id(), submitted.version(), null);
		return this.review.schedule(this.reviewer, post.id(), approved.version(), sendAt);
	}

	private PostState state(Post post) {
		return this.posts.get(this.author, post.id()).state();
	}

}
