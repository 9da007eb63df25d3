package org.carecast.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelNetwork;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review rules, enforced by the services whatever page or API calls them.
 */
class PostReviewIntegrationTests extends PublishingIntegrationSupport {

	/** Over Mastodon's 500 characters: the platform check blocks it. */
	static final String TOO_LONG_FOR_MASTODON = "Wash your hands often. ".repeat(30);

	@Autowired
	private ReviewThread thread;

	private Actor author;

	private Actor reviewer;

	private UUID mastodon;

	@BeforeEach
	void clinic() {
		this.author = this.clinic.person(Role.AUTHOR).actor();
		this.reviewer = this.clinic.person(Role.REVIEWER).actor();
		this.mastodon = this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
	}

	@Test
	void anAuthorCannotApproveTheirOwnPostButAReviewerCan() {
		Post post = submitted("Flu shots are free at every clinic this week.");
		Actor selfApprover = this.author;
		assertThatThrownBy(() -> this.review.approve(selfApprover, post.id(), post.version(), null))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("someone else must approve");
		// Holding the reviewer role as well does not help: the rule is about authorship.
		Post byReviewer = this.review.submit(this.reviewer,
				this.posts.create(this.reviewer, PostDraft.of("Our pharmacy opens at 8.", null, this.mastodon)).id(),
				0);
		assertThatThrownBy(() -> this.review.approve(this.reviewer, byReviewer.id(), byReviewer.version(), null))
			.isInstanceOf(ConflictException.class);

		Post approved = this.review.approve(this.reviewer, post.id(), post.version(), null);
		assertThat(approved.state()).isEqualTo(PostState.APPROVED);
		assertThat(actions(post.id())).containsSubsequence("post.created", "post.submitted", "post.approved");
	}

	@Test
	void editingAnApprovedPostSendsItBackToReview() {
		Post post = submitted("Free blood pressure checks on Saturday.");
		Post approved = this.review.approve(this.reviewer, post.id(), post.version(), null);
		Post edited = this.posts.update(this.author, post.id(), approved.version(),
				PostDraft.of("Free blood pressure checks on Sunday.", null, this.mastodon));
		assertThat(edited.state()).isEqualTo(PostState.IN_REVIEW);
		assertThat(actions(post.id())).contains("post.edited");
	}

	@Test
	void twoEditorsCannotOverwriteEachOther() {
		Post post = this.posts.create(this.author, PostDraft.of("First words.", null, this.mastodon));
		this.posts.update(this.author, post.id(), post.version(), PostDraft.of("Second words.", null, this.mastodon));
		assertThatThrownBy(() -> this.posts.update(this.reviewer, post.id(), post.version(),
				PostDraft.of("Third words.", null, this.mastodon)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("Someone else changed this post")
			.hasMessageNotContaining("words");
		assertThat(this.posts.get(this.author, post.id()).baseText()).isEqualTo("Second words.");
	}

	@Test
	void aReviewerWhoRewritesAPostCannotThenApproveTheirOwnText() {
		Post submitted = submitted("Flu clinics open Saturday.");
		Post edited = this.posts.update(this.reviewer, submitted.id(), submitted.version(),
				PostDraft.of("Flu clinics open Saturday and Sunday.", null, this.mastodon));
		assertThat(edited.authorId()).isEqualTo(this.reviewer.userId());
		assertThatThrownBy(() -> this.review.approve(this.reviewer, edited.id(), edited.version(), null))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("someone else must approve");
		assertThat(actions(edited.id())).contains("post.edited");
	}

	@Test
	void aPatientIdentifierInTheFirstCommentStopsApprovalToo() {
		Post post = this.posts.create(this.author,
				new PostDraft("Flu clinics open Saturday.", null, null, null, null, null,
						List.of(new PostDraft.Target(this.mastodon, null, null,
								"Happy to report Mrs. Ernestine Okafor in room 412 is home after her bypass."))));
		Post submitted = this.review.submit(this.author, post.id(), post.version());
		assertThatThrownBy(() -> this.review.approve(this.reviewer, submitted.id(), submitted.version(), null))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("guardrail blocks");
	}

	@Test
	void aBlockingFindingStopsApprovalUnlessAReviewerOverridesItWithAReason() {
		Post post = submitted(TOO_LONG_FOR_MASTODON);
		assertThatThrownBy(() -> this.review.approve(this.reviewer, post.id(), post.version(), null))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("guardrail blocks");
		assertThatThrownBy(() -> this.review.approve(this.reviewer, post.id(), post.version(), "ok"))
			.isInstanceOf(ConflictException.class);
		assertThat(this.posts.get(this.reviewer, post.id()).state()).isEqualTo(PostState.IN_REVIEW);

		Post approved = this.review.approve(this.reviewer, post.id(), post.version(),
				"Will be posted as a thread by hand; the length is intended.");
		assertThat(approved.state()).isEqualTo(PostState.APPROVED);
		assertThat(approved.overrideReason()).startsWith("Will be posted as a thread");
		assertThat(approved.overrideBy()).isEqualTo(this.reviewer.displayName());
		String summary = this.jdbc
			.sql("select summary from audit_event where resource_id = ? and action = 'post.guardrail_overridden'")
			.param(post.id().toString())
			.query(String.class)
			.single();
		assertThat(summary).contains("platform.length.mastodon").contains("the length is intended");
	}

	@Test
	void theGuardrailReadsEachVariantOnItsOwnNetwork() {
		Post post = this.posts.create(this.author, new PostDraft("Short base text.", null, null, null, null, null,
				List.of(new PostDraft.Target(this.mastodon, TOO_LONG_FOR_MASTODON, null, null))));
		Post inReview = this.review.submit(this.author, post.id(), post.version());
		assertThatThrownBy(() -> this.review.approve(this.reviewer, post.id(), inReview.version(), null))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void requestingChangesLeavesACommentAndRepliesThreadUnderIt() {
		Post post = submitted("Come to the diabetes talk on Monday.");
		this.review.requestChanges(this.reviewer, post.id(), post.version(), "Please add the time and a source.");
		assertThat(this.posts.get(this.author, post.id()).state()).isEqualTo(PostState.CHANGES_REQUESTED);
		ReviewComment note = this.thread.comments(this.author, post.id()).get(0);
		ReviewComment answer = this.thread.comment(this.author, post.id(), note.id(), "Added both.");
		assertThat(answer.parentId()).isEqualTo(note.id());
		assertThatThrownBy(() -> this.thread.comment(this.author, post.id(), UUID.randomUUID(), "Lost"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.review.submit(this.author, post.id(), post.version() + 1).state())
			.isEqualTo(PostState.IN_REVIEW);
	}

	@Test
	void onlyAnApprovedPostCanBeScheduledAndNotInThePast() {
		Post post = submitted("Vaccines save lives.");
		assertThatThrownBy(
				() -> this.review.schedule(this.author, post.id(), post.version(), Instant.now().plusSeconds(3600)))
			.isInstanceOf(ConflictException.class);
		Post approved = this.review.approve(this.reviewer, post.id(), post.version(), null);
		assertThatThrownBy(() -> this.review.schedule(this.author, post.id(), approved.version(),
				Instant.now().minusSeconds(3600)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void anAccountOfAnotherOrganizationCannotBeATarget() {
		TestOrganization other = this.organizations.create();
		UUID theirs = this.accounts.account(other.id(), ChannelNetwork.X);
		assertThatThrownBy(() -> this.posts.create(this.author, PostDraft.of("Hello.", null, theirs)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void postTextStaysOutOfMessagesAndTheAuditTrail() {
		String secret = "Patient Jane Roe, MRN 12345678, token cc_live_SECRET";
		Post post = this.posts.create(this.author, PostDraft.of(secret, null, this.mastodon));
		assertThat(post.toString()).doesNotContain("Jane").doesNotContain("SECRET");
		assertThat(PostDraft.of(secret, null).toString()).doesNotContain("Jane");
		Post inReview = this.review.submit(this.author, post.id(), post.version());
		assertThatThrownBy(() -> this.review.approve(this.author, post.id(), inReview.version(), null))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("Jane").doesNotContain("SECRET"));
		assertThatThrownBy(() -> this.posts.update(this.author, post.id(), 0, PostDraft.of(secret, null)))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("Jane").doesNotContain("SECRET"));
		List<String> summaries = this.jdbc.sql("select summary from audit_event where resource_id = ?")
			.param(post.id().toString())
			.query(String.class)
			.list();
		assertThat(summaries).isNotEmpty().noneMatch((s) -> s.contains("Jane") || s.contains("SECRET"));
	}

	private Post submitted(String text) {
		Post post = this.posts.create(this.author, PostDraft.of(text, null, this.mastodon));
		return this.review.submit(this.author, post.id(), post.version());
	}

}
