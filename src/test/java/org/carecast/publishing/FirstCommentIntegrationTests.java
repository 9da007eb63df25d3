package org.carecast.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestSessions;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A variant's first comment goes out as a reply under the published post, through its own
 * db-scheduler task on the test database, with the networks replaced by a mock.
 */
class FirstCommentIntegrationTests extends PublishingIntegrationSupport {

	private static final Duration WITHIN = ScheduledPublishingIntegrationTests.WITHIN;

	private static final String COMMENT = "Book at https://clinic.example/flu — walk-ins welcome <script>x</script>";

	private Actor author;

	private Actor reviewer;

	@BeforeEach
	void people() {
		this.author = this.clinic.person(Role.AUTHOR).actor();
		this.reviewer = this.clinic.person(Role.REVIEWER).actor();
	}

	@Test
	void aPublishedPostGetsItsFirstCommentOnceAsAReplyWithItsOwnKey() throws Exception {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
		Post post = scheduled("Flu shots today.", account, COMMENT);
		PublishingFixture.await(WITHIN, () -> comment(post).state() == Delivery.CommentState.PUBLISHED);

		Delivery delivery = delivery(post);
		assertThat(delivery.state()).isEqualTo(Delivery.State.PUBLISHED);
		List<OutboundPost> sent = sent(account);
		assertThat(sent).hasSize(2);
		assertThat(sent.get(0).isReply()).isFalse();
		OutboundPost reply = sent.get(1);
		assertThat(reply.replyToRemoteId()).isEqualTo(delivery.remoteId());
		assertThat(reply.text()).isEqualTo(COMMENT);
		assertThat(reply.idempotencyKey()).isEqualTo(delivery.firstComment().key())
			.isNotEqualTo(delivery.idempotencyKey());
		assertThat(delivery.firstComment().remoteId()).isEqualTo("remote-" + delivery.firstComment().key());
		assertThat(delivery.firstComment().attempts()).isEqualTo(1);
		assertThat(actions(post.id())).containsSubsequence("delivery.published", "post.first_comment_published");
		assertThat(summaries(post.id())).noneMatch((s) -> s.contains("clinic.example"));
		assertThat(taskRows(delivery.id())).isZero();

		// Nothing runs it again: a second pass over the same row finds it published.
		Thread.sleep(1500);
		assertThat(sent(account)).hasSize(2);

		String page = detail(post);
		assertThat(page).contains("First comment").contains("Open the comment");
	}

	@Test
	void retryLaterSendsTheSameKeyAndStillOneComment() {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.X);
		willReturn(new PublishOutcome.RetryLater(Instant.now().plusSeconds(1), "X asked us to slow down"))
			.given(this.publisher)
			.publish(any(), eq(account), argThat((OutboundPost p) -> p != null && p.isReply()), eq(0), any());
		Post post = scheduled("Stay hydrated.", account, "Water is free at reception.");
		PublishingFixture.await(WITHIN.plusSeconds(3), () -> comment(post).state() == Delivery.CommentState.PUBLISHED);

		Delivery delivery = delivery(post);
		List<OutboundPost> replies = sent(account).stream().filter(OutboundPost::isReply).toList();
		assertThat(replies).hasSize(2)
			.extracting(OutboundPost::idempotencyKey)
			.containsOnly(delivery.firstComment().key());
		ArgumentCaptor<Instant> firstAttempt = ArgumentCaptor.forClass(Instant.class);
		verify(this.publisher, times(2)).publish(any(), eq(account),
				argThat((OutboundPost p) -> p != null && p.isReply()), anyInt(), firstAttempt.capture());
		assertThat(firstAttempt.getAllValues().get(0)).isNull();
		assertThat(firstAttempt.getAllValues().get(1)).isEqualTo(delivery.firstComment().firstAttemptAt());
		verify(this.publisher).publish(any(), eq(account), argThat((OutboundPost p) -> p != null && p.isReply()), eq(1),
				any());
		assertThat(delivery.firstComment().attempts()).isEqualTo(2);
		assertThat(delivery.firstComment().error()).isNull();
		assertThat(delivery.attempts()).isEqualTo(1);
	}

	@Test
	void withoutAFirstCommentOnlyThePostGoesOut() throws InterruptedException {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.BLUESKY);
		Post post = scheduled("Know your numbers.", account, "   ");
		PublishingFixture.await(WITHIN, () -> state(post) == PostState.PUBLISHED);
		Thread.sleep(1500);
		assertThat(sent(account)).singleElement().satisfies((p) -> assertThat(p.isReply()).isFalse());
		assertThat(comment(post).state()).isEqualTo(Delivery.CommentState.NONE);
		assertThat(comment(post).key()).isNull();
		assertThat(actions(post.id())).doesNotContain("post.first_comment_published", "post.first_comment_failed");
	}

	@Test
	void aRefusedCommentFailsAloneAndThePostStaysPublished() throws Exception {
		UUID account = this.accounts.account(this.clinic.id(), ChannelNetwork.LINKEDIN);
		willReturn(new PublishOutcome.Failed("LinkedIn does not allow comments on this post.")).given(this.publisher)
			.publish(any(), eq(account), argThat((OutboundPost p) -> p != null && p.isReply()), anyInt(), any());
		Post post = scheduled("Clinic closed Monday.", account, "Open again Tuesday.");
		PublishingFixture.await(WITHIN, () -> comment(post).state() == Delivery.CommentState.FAILED);

		Post stored = this.posts.get(this.author, post.id());
		assertThat(stored.state()).isEqualTo(PostState.PUBLISHED);
		assertThat(stored.failureMessage()).isNull();
		assertThat(delivery(post).state()).isEqualTo(Delivery.State.PUBLISHED);
		assertThat(comment(post).error()).isEqualTo("LinkedIn does not allow comments on this post.");
		assertThat(actions(post.id())).contains("post.first_comment_failed");
		assertThat(summaries(post.id())).noneMatch((s) -> s.contains("Tuesday"));
		verify(this.publisher, atLeast(1)).publish(any(), eq(account), any(), anyInt(), any());
		assertThat(sent(account)).filteredOn(OutboundPost::isReply).hasSize(1);

		assertThat(detail(post)).contains("First comment")
			.contains("Failed")
			.contains("LinkedIn does not allow comments on this post.")
			.doesNotContain("Open the comment");
	}

	private Post scheduled(String text, UUID account, String firstComment) {
		PostDraft draft = new PostDraft(text, null, null, null, null, Instant.now(),
				List.of(new PostDraft.Target(account, null, null, firstComment)));
		Post post = this.posts.create(this.author, draft);
		Post submitted = this.review.submit(this.author, post.id(), post.version());
		Post approved = this.review.approve(this.reviewer, post.id(), submitted.version(), null);
		return this.review.schedule(this.reviewer, post.id(), approved.version(), Instant.now());
	}

	private List<OutboundPost> sent(UUID account) {
		ArgumentCaptor<OutboundPost> sent = ArgumentCaptor.forClass(OutboundPost.class);
		verify(this.publisher, atLeast(0)).publish(any(), eq(account), sent.capture(), anyInt(), any());
		return sent.getAllValues();
	}

	private String detail(Post post) throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		return this.mvc.perform(get("/posts/{id}", post.id()).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Delivery delivery(Post post) {
		return this.posts.deliveries(this.author, post.id()).get(0);
	}

	private Delivery.FirstComment comment(Post post) {
		return delivery(post).firstComment();
	}

	private PostState state(Post post) {
		return this.posts.get(this.author, post.id()).state();
	}

	private List<String> summaries(UUID resourceId) {
		return this.jdbc.sql("select summary from audit_event where resource_id = ? order by seq")
			.param(resourceId.toString())
			.query(String.class)
			.list();
	}

}
