package org.carecast.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Campaigns, rescheduling and the content library through their services, on the test
 * database, with audit records checked where the rules say a change is audited.
 */
@SpringBootTest
@Import(TestOrganizations.class)
class PlanningIntegrationTests {

	@MockitoBean
	private ChannelPublisher publisher;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private Campaigns campaigns;

	@Autowired
	private Posts posts;

	@Autowired
	private PostReview review;

	@Autowired
	private PostRescheduling rescheduling;

	@Autowired
	private ContentLibrary library;

	@Autowired
	private JdbcClient jdbc;

	private TestOrganization clinic;

	private Actor author;

	private Actor reviewer;

	private UUID account;

	private PublishingFixture fixture;

	@BeforeEach
	void clinic() {
		this.clinic = this.organizations.create();
		this.fixture = new PublishingFixture(this.publisher);
		this.account = this.fixture.account(this.clinic.id(), ChannelNetwork.MASTODON);
		this.author = this.clinic.person(Role.AUTHOR).actor();
		this.reviewer = this.clinic.person(Role.REVIEWER).actor();
	}

	@Test
	void aCampaignIsPlannedChangedAndDeletedWithAuditRecords() {
		Campaign campaign = this.campaigns.create(this.author, plan("World Diabetes Day 2099", "world-diabetes-day"));
		assertThat(campaign.networks()).containsExactlyInAnyOrder(ChannelNetwork.MASTODON, ChannelNetwork.BLUESKY);
		Campaign changed = this.campaigns.update(this.reviewer, campaign.id(), 0,
				new Campaign.Plan("Diabetes week", "Screening", "Diabetes", LocalDate.of(2099, 11, 10),
						LocalDate.of(2099, 11, 16), EnumSet.of(ChannelNetwork.X), null));
		assertThat(changed.version()).isEqualTo(1);
		assertThat(this.campaigns.get(this.author, campaign.id()).name()).isEqualTo("Diabetes week");
		// The observance it was planned from stays, whatever the form sends.
		assertThat(this.campaigns.get(this.author, campaign.id()).observanceKey()).isEqualTo("world-diabetes-day");
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.campaigns.update(this.author, campaign.id(), 0, plan("Stale", null)));
		assertThat(this.campaigns.overlapping(this.author, LocalDate.of(2099, 11, 16), LocalDate.of(2099, 11, 30)))
			.extracting(Campaign::id)
			.containsExactly(campaign.id());
		assertThat(this.campaigns.overlapping(this.author, LocalDate.of(2099, 11, 17), LocalDate.of(2099, 11, 30)))
			.isEmpty();
		this.campaigns.delete(this.author, campaign.id());
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.campaigns.get(this.author, campaign.id()));
		assertThat(auditActions("campaign", campaign.id())).containsExactly("campaign.created", "campaign.updated",
				"campaign.deleted");
	}

	@Test
	void badCampaignsAreRefusedWithAClearMessage() {
		assertRefused(new Campaign.Plan(" ", null, null, day(1), day(2), EnumSet.of(ChannelNetwork.X), null), "name");
		assertRefused(new Campaign.Plan("A", null, null, day(5), day(2), EnumSet.of(ChannelNetwork.X), null),
				"last day");
		assertRefused(new Campaign.Plan("A", null, null, null, day(2), EnumSet.of(ChannelNetwork.X), null),
				"first and the last day");
		assertRefused(
				new Campaign.Plan("A", null, null, day(1), day(1).plusYears(2), EnumSet.of(ChannelNetwork.X), null),
				"year");
		assertRefused(new Campaign.Plan("A", null, null, day(1), day(2), EnumSet.noneOf(ChannelNetwork.class), null),
				"network");
		assertRefused(new Campaign.Plan("A", null, null, day(1), day(2), EnumSet.of(ChannelNetwork.X), "no-such-day"),
				"observance");
		assertRefused(
				new Campaign.Plan("A".repeat(201), null, null, day(1), day(2), EnumSet.of(ChannelNetwork.X), null),
				"200");
		assertThat(this.campaigns.list(this.author)).isEmpty();
	}

	@Test
	void postsBelongToACampaignOfTheirOwnOrganizationOnly() {
		Campaign campaign = this.campaigns.create(this.author, plan("Flu season", null));
		Post post = this.posts.create(this.author, draft("Get your flu shot.", campaign.id()));
		assertThat(this.posts.get(this.author, post.id()).campaignId()).isEqualTo(campaign.id());
		assertThat(this.campaigns.posts(this.author, campaign.id())).extracting(Post::id).containsExactly(post.id());
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.campaigns.delete(this.author, campaign.id()))
			.withMessageContaining("Posts belong");

		TestOrganization other = this.organizations.create();
		Campaign elsewhere = this.campaigns.create(other.person(Role.AUTHOR).actor(), plan("Theirs", null));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.posts.create(this.author, draft("Hello.", elsewhere.id())));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.posts.update(this.author, post.id(), 0, draft("Hello.", elsewhere.id())));
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.campaigns.get(this.author, elsewhere.id()));
		assertThat(this.posts.get(this.author, post.id()).campaignId()).isEqualTo(campaign.id());
	}

	@Test
	void movingAScheduledPostReplansItsDeliveriesWithTheSameKeysAndKeepsItsApproval() {
		Instant first = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		Post post = scheduled(first);
		Map<UUID, UUID> keysBefore = keys(post.id());
		Instant later = first.plus(3, ChronoUnit.DAYS).plus(90, ChronoUnit.MINUTES);

		Post moved = this.rescheduling.move(this.author, post.id(), post.version(), later);

		assertThat(moved.state()).isEqualTo(PostState.SCHEDULED);
		assertThat(moved.scheduledAt()).isEqualTo(later);
		assertThat(moved.overrideReason()).isNull();
		assertThat(keys(post.id())).isEqualTo(keysBefore);
		assertThat(taskTimes(post.id())).containsOnly(later);
		assertThat(auditActions("post", post.id())).endsWith("post.scheduled", "post.rescheduled");
		// A second move with the version read before the first is refused.
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.rescheduling.move(this.author, post.id(), post.version(), first));
		assertThat(taskTimes(post.id())).containsOnly(later);
	}

	@Test
	void draftsAndApprovedPostsMoveTheirPlannedTimeWithoutBeingScheduled() {
		Instant at = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		Post draft = this.posts.create(this.author, PostDraft.of("Draft.", null, this.account));
		assertThat(this.rescheduling.move(this.author, draft.id(), 0, at).state()).isEqualTo(PostState.DRAFT);

		Post approved = approved("Approved text.");
		Post moved = this.rescheduling.move(this.reviewer, approved.id(), approved.version(), at);
		assertThat(moved.state()).isEqualTo(PostState.APPROVED);
		assertThat(moved.scheduledAt()).isEqualTo(at);
		assertThat(this.posts.deliveries(this.author, approved.id())).isEmpty();
	}

	@Test
	void postsThatCannotMoveAreRefusedAndLeftAsTheyWere() {
		Instant future = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		Post cancelled = this.posts.create(this.author, PostDraft.of("Gone.", null, this.account));
		this.review.cancel(this.author, cancelled.id(), 0);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.rescheduling.move(this.author, cancelled.id(), 1, future))
			.withMessageContaining("cancelled");

		Post failed = this.posts.create(this.author, PostDraft.of("Failed.", null, this.account));
		this.jdbc.sql("update post set state = 'FAILED' where id = ?").param(failed.id()).update();
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.rescheduling.move(this.author, failed.id(), 0, future));

		Post scheduled = scheduled(future);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.rescheduling.move(this.author,
				scheduled.id(), scheduled.version(), Instant.now().minus(1, ChronoUnit.HOURS)));
		assertThat(this.posts.get(this.author, scheduled.id()).scheduledAt()).isEqualTo(scheduled.scheduledAt());

		TestOrganization other = this.organizations.create();
		assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> this.rescheduling
			.move(other.admin().actor(), scheduled.id(), scheduled.version(), future.plusSeconds(60)));
		assertThat(taskTimes(scheduled.id())).containsOnly(scheduled.scheduledAt());
	}

	@Test
	void theLibraryKeepsApprovedTextAndRefusesExpiredItemsUntilReReviewed() {
		Post approved = approved("Wash your hands for 20 seconds.");
		LocalDate today = this.library.today(this.author);
		LibraryItem item = this.library.save(this.author, approved.id(), today.plusMonths(6));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.library.save(this.author, approved.id(), today.plusMonths(6)));

		// Editing the post afterwards does not change what the library offers.
		this.posts.update(this.author, approved.id(), approved.version(), PostDraft.of("Changed.", null, this.account));
		Post reused = this.library.reuse(this.author, item.id());
		assertThat(reused.state()).isEqualTo(PostState.DRAFT);
		assertThat(reused.baseText()).isEqualTo("Wash your hands for 20 seconds.");
		assertThat(reused.authorId()).isEqualTo(this.author.userId());

		this.jdbc.sql("update library_item set review_by = ? where id = ?")
			.params(java.sql.Date.valueOf(today.minusDays(1)), item.id())
			.update();
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.library.reuse(this.author, item.id()))
			.withMessageContaining("re-review");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.library.reReview(this.reviewer, item.id(), 0, today));
		LibraryItem reviewed = this.library.reReview(this.reviewer, item.id(), 0, today.plusYears(1));
		assertThat(reviewed.reviewBy()).isEqualTo(today.plusYears(1));
		assertThat(reviewed.reviewedBy()).isEqualTo(this.reviewer.displayName());
		assertThat(this.library.reuse(this.author, item.id()).state()).isEqualTo(PostState.DRAFT);
		assertThat(auditActions("library_item", item.id())).containsExactly("library.saved", "library.reused",
				"library.re_reviewed", "library.reused");
	}

	@Test
	void onlyApprovedPostsGoIntoTheLibraryWithAFutureDate() {
		Post draft = this.posts.create(this.author, PostDraft.of("Draft.", null, this.account));
		LocalDate today = this.library.today(this.author);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.library.save(this.author, draft.id(), today.plusMonths(1)));
		Post approved = approved("Approved.");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.library.save(this.author, approved.id(), today));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.library.save(this.author, approved.id(), today.plusYears(4)));
		assertThat(this.library.list(this.author)).isEmpty();
	}

	private Post approved(String text) {
		Post post = this.posts.create(this.author, PostDraft.of(text, null, this.account));
		this.review.submit(this.author, post.id(), 0);
		return this.review.approve(this.reviewer, post.id(), 1, null);
	}

	private Post scheduled(Instant at) {
		Post approved = approved("Flu shots on Saturday.");
		return this.review.schedule(this.author, approved.id(), approved.version(), at);
	}

	private Map<UUID, UUID> keys(UUID postId) {
		return this.posts.deliveries(this.author, postId)
			.stream()
			.collect(Collectors.toMap(Delivery::id, Delivery::idempotencyKey));
	}

	private List<Instant> taskTimes(UUID postId) {
		return this.jdbc
			.sql("select t.execution_time from scheduled_tasks t join post_delivery d "
					+ "on t.task_instance = cast(d.id as varchar(36)) where d.post_id = ?")
			.param(postId)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.list();
	}

	private List<String> auditActions(String type, UUID id) {
		return this.jdbc.sql("select action from audit_event where resource_type = ? and resource_id = ? order by seq")
			.params(type, id.toString())
			.query(String.class)
			.list();
	}

	private void assertRefused(Campaign.Plan plan, String words) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.campaigns.create(this.author, plan))
			.withMessageContaining(words);
	}

	private PostDraft draft(String text, UUID campaignId) {
		return new PostDraft(text, null, null, null, null, null,
				List.of(new PostDraft.Target(this.account, null, null, null)), campaignId);
	}

	private static Campaign.Plan plan(String name, String observance) {
		return new Campaign.Plan(name, "More screenings", "Diabetes", LocalDate.of(2099, 11, 1),
				LocalDate.of(2099, 11, 30), EnumSet.of(ChannelNetwork.MASTODON, ChannelNetwork.BLUESKY), observance);
	}

	private static LocalDate day(int d) {
		return LocalDate.of(2099, 1, d);
	}

}
