package org.carecast.inbox.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestSessions;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.channels.sandbox.SandboxPost;
import org.carecast.channels.sandbox.SandboxPosts;
import org.carecast.inbox.CrisisResources;
import org.carecast.inbox.InboxIntegrationSupport;
import org.carecast.inbox.InboxItem;
import org.carecast.inbox.InboxReplies;
import org.carecast.inbox.InboxReply;
import org.carecast.inbox.InboxStatus;
import org.carecast.inbox.internal.RetentionPurge;
import org.carecast.publishing.PublishingFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InboxItemPageIntegrationTests extends InboxIntegrationSupport {

	@Autowired
	private ChannelPublisher publisher;

	@Autowired
	private SandboxPosts sandbox;

	@Autowired
	private InboxReplies replies;

	@Autowired
	private CrisisResources crisis;

	@Autowired
	private RetentionPurge purge;

	@Test
	void showsTextThreadLabelsAndWhoElseIsReplying() throws Exception {
		arrive(message("m-1", "conv-9", "Earlier message about my refill"),
				message("m-2", "conv-9", "Is my refill ready? [appointment]"));
		UUID id = idOf("m-2");

		String asAdmin = page(Role.ADMIN, id);
		assertThat(asAdmin).contains("Is my refill ready?")
			.contains("Marked appointment by the test.")
			.contains("Earlier message about my refill")
			.contains("conv-9")
			.doesNotContain("is replying");
		String asResponder = page(Role.RESPONDER, id);
		assertThat(asResponder).contains(this.clinic.admin().account().displayName() + " is replying");
		assertThat(page(Role.REVIEWER, id)).contains("Is my refill ready?").doesNotContain("Check and send reply");
	}

	@Test
	void theSameReplyFormSentTwiceSendsOneReply() throws Exception {
		String ourPost = ourSandboxPost();
		arrive(comment(ourPost, "When is the flu clinic? [medical_question]"));
		UUID id = idOf(ourPost);
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.RESPONDER));
		String key = UUID.randomUUID().toString();

		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/inbox/{id}/reply", id).session(session)
					.with(csrf())
					.param("key", key)
					.param("text", "Saturdays 9 to 1 at the Main Street clinic."))
				.andExpect(flash().attribute("notice", "Reply passed the guardrail and is being sent."));
		}
		InboxReply sent = awaitSent(id);

		assertThat(this.replies.forItem(responder(), id)).hasSize(1);
		assertThat(sandboxReplies(ourPost)).hasSize(1);
		assertThat(sent.remoteId()).isEqualTo(sandboxReplies(ourPost).get(0).remoteId());
		assertThat(item(ourPost).status()).isEqualTo(InboxStatus.WAITING);
		assertThat(actions(id)).contains("inbox.reply.requested", "inbox.reply.sent");
		assertThat(page(Role.RESPONDER, id)).contains("Sent");
	}

	@Test
	void aReplyWithHealthInformationIsStoppedWithTheReasons() throws Exception {
		arrive(comment("r-1", "What about my results? [medical_question]"));
		UUID id = idOf("r-1");
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.RESPONDER));

		this.mvc
			.perform(post("/inbox/{id}/reply", id).session(session)
				.with(csrf())
				.param("key", UUID.randomUUID().toString())
				.param("text", "Maria Lopez, DOB 03/14/1962, MRN 00123456: your HIV test came back positive."))
			.andExpect(flash().attribute("problem", "The reply was not sent: the guardrail stopped it."))
			.andExpect(flash().attributeExists("replyProblems"));
		assertThat(this.replies.forItem(responder(), id)).isEmpty();
	}

	@Test
	void crisisResourcesGoOutInOneStepWithTheLocalLine() throws Exception {
		this.crisis.setLocalLine(this.clinic.admin().actor(), "the County Crisis Line");
		String ourPost = ourSandboxPost();
		arrive(comment(ourPost, "I can't do this anymore [crisis]"));
		UUID id = idOf(ourPost);
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.RESPONDER));
		String page = page(Role.RESPONDER, id);
		assertThat(page).contains("role=\"alert\"").contains("Send crisis resources");

		this.mvc
			.perform(post("/inbox/{id}/crisis-resources", id).session(session)
				.with(csrf())
				.param("key", UUID.randomUUID().toString()))
			.andExpect(flash().attribute("notice", "Crisis resources are being sent."));

		InboxReply sent = awaitSent(id);
		assertThat(sent.kind()).isEqualTo(InboxReply.Kind.CRISIS_RESOURCES);
		assertThat(sandboxReplies(ourPost).get(0).body()).contains("988")
			.contains("911")
			.contains("the County Crisis Line")
			.doesNotContain("anymore");
		// Answered, not closed: a crisis is closed only by a person with a note.
		assertThat(item(ourPost).status()).isEqualTo(InboxStatus.WAITING);
	}

	@Test
	void directMessagesOnOtherNetworksAreAnsweredFromTheirApp() throws Exception {
		arrive(this.clinic.id(), UUID.randomUUID(), ChannelNetwork.X, message("dm-1", "c-1", "Hi [other]"));
		UUID id = idOf("dm-1");
		assertThat(page(Role.RESPONDER, id)).contains("Replies to direct messages are sent from the network")
			.doesNotContain("Check and send reply");
	}

	@Test
	void movingToPrivateSaysPlainlyWhenTheNetworkCannotHideAndEchoesNothing() throws Exception {
		String ourPost = ourSandboxPost();
		arrive(comment(ourPost, "My name is Maria Lopez, DOB 03/14/1962, MRN 00123456, my sugar is high"));
		UUID id = idOf(ourPost);
		assertThat(item(ourPost).phiFound()).isTrue();
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.RESPONDER));
		assertThat(page(Role.RESPONDER, id)).contains("Hide on network and move to private");

		this.mvc
			.perform(post("/inbox/{id}/move-to-private", id).session(session)
				.with(csrf())
				.param("key", UUID.randomUUID().toString()))
			.andExpect(flash().attribute("problem",
					"Not hidden: The network refused: The sandbox has no such comment for this account. "
							+ "Hide it in the network's own app. The private-message reply is being sent."));

		InboxReply sent = awaitSent(id);
		assertThat(sent.text()).startsWith("Thanks for reaching out. To protect your privacy")
			.doesNotContain("Maria")
			.doesNotContain("sugar");
		assertThat(actions(id)).contains("inbox.item.moderated", "inbox.reply.requested");
	}

	@Test
	void theRetentionPurgeRemovesOldHiddenTextUnlessUnderLegalHold() throws Exception {
		arrive(comment("h-1", "Buy pills [spam]"), comment("h-2", "Buy more pills [spam]"),
				comment("h-3", "Recent [spam]"));
		OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(400);
		for (String remote : List.of("h-1", "h-2")) {
			this.jdbc
				.sql("update inbox_item set moderation = 'HIDDEN', moderation_reason = 'SPAM', moderated_at = ? "
						+ "where id = ?")
				.params(longAgo, idOf(remote))
				.update();
		}
		this.jdbc
			.sql("update inbox_item set moderation = 'DELETED', moderation_reason = 'SPAM', moderated_at = ? "
					+ "where id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC), idOf("h-3"))
			.update();
		InboxItem held = item("h-2");
		MockHttpSession admin = TestSessions.signIn(this.mvc, this.clinic.admin());
		this.mvc
			.perform(post("/inbox/{id}/legal-hold", held.id()).session(admin)
				.with(csrf())
				.param("version", String.valueOf(held.version()))
				.param("hold", "true"))
			.andExpect(flash().attribute("notice", "Legal hold set."));

		this.purge.run();

		assertThat(item("h-1").textPurged()).isTrue();
		assertThat(item("h-1").text()).isEmpty();
		assertThat(item("h-2").text()).isEqualTo("Buy more pills [spam]");
		assertThat(item("h-3").text()).isEqualTo("Recent [spam]");
		assertThat(actions(held.id())).contains("inbox.item.legal_hold_set");
	}

	private String ourSandboxPost() {
		PublishOutcome outcome = this.publisher.publish(this.clinic.id(), this.accountId,
				OutboundPost.text(UUID.randomUUID(), "Flu clinic this Saturday."), 0, null);
		return ((PublishOutcome.Published) outcome).post().remoteId();
	}

	private List<SandboxPost> sandboxReplies(String remoteId) {
		return this.sandbox.timeline(this.clinic.id(), 100)
			.stream()
			.filter((p) -> remoteId.equals(p.replyTo()))
			.toList();
	}

	private InboxReply awaitSent(UUID itemId) {
		PublishingFixture.await(Duration.ofSeconds(20),
				() -> this.replies.forItem(responder(), itemId)
					.stream()
					.anyMatch((r) -> r.state() != InboxReply.State.SENDING));
		InboxReply reply = this.replies.forItem(responder(), itemId).get(0);
		assertThat(reply.state()).as(String.valueOf(reply.failureReason())).isEqualTo(InboxReply.State.SENT);
		return reply;
	}

	private String page(Role role, UUID id) throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(role));
		return this.mvc.perform(get("/inbox/{id}", id).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private org.carecast.shared.Actor responder() {
		return this.clinic.person(Role.RESPONDER).actor();
	}

}
