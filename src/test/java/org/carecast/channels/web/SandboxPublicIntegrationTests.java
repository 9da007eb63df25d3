package org.carecast.channels.web;

import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.channels.ChannelModerator;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.channels.InboundKind;
import org.carecast.channels.ModerationAction;
import org.carecast.channels.ModerationOutcome;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.channels.inbound.InboundPoller;
import org.carecast.channels.internal.ChannelAccountStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sandbox as a source of inbound items: the "write as a member of the public" form
 * through the real web layer, the sandbox's read API under the poller, its moderation and
 * its direct answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ChannelTestAccounts.class })
@RecordApplicationEvents
class SandboxPublicIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelTestAccounts channels;

	@Autowired
	ChannelPublisher publisher;

	@Autowired
	ChannelModerator moderator;

	@Autowired
	InboundPoller poller;

	@Autowired
	ChannelAccountStore accounts;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	TestOrganization org;

	ConnectedAccount account;

	MockHttpSession session;

	String postId;

	@BeforeEach
	void sandboxWithAPost() throws Exception {
		this.org = this.organizations.create();
		this.account = this.channels.connectSandbox(this.org.admin().actor());
		PublishOutcome outcome = this.publisher.publish(this.org.id(), this.account.id(),
				OutboundPost.text(UUID.randomUUID(), "Flu shots on Saturday."), 0, null);
		this.postId = ((PublishOutcome.Published) outcome).post().remoteId();
		this.session = TestSessions.signIn(this.mvc, this.org.person(Role.RESPONDER));
	}

	private MvcResult write(String kind, String author, String text, String replyTo) throws Exception {
		return this.mvc
			.perform(post("/sandbox/public").session(this.session)
				.with(csrf())
				.param("kind", kind)
				.param("author", author)
				.param("text", text)
				.param("replyTo", replyTo))
			.andReturn();
	}

	private List<InboundItem> received() {
		return this.events.stream(InboundItemsReceived.class)
			.filter((event) -> event.accountId().equals(this.account.id()))
			.flatMap((event) -> event.items().stream())
			.toList();
	}

	@Test
	void theFormOffersLabelledFieldsAndTheOrganizationsPosts() throws Exception {
		String page = this.mvc.perform(get("/sandbox").session(this.session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<label for=\"public-author\">", "<label for=\"public-text\">",
				"<label for=\"reply-to\">", "<legend>What to send</legend>", "value=\"" + this.postId + "\"");
	}

	@Test
	void aReplyFromThePublicReachesTheInboxAndTheAuditTrailWithoutItsText() throws Exception {
		MvcResult result = write("comment", "@jane.public", "Do I need to book? 💉", this.postId);

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sandbox#public");
		assertThat(result.getFlashMap().get("notice")).asString().contains("Sent to 1 sandbox account");
		assertThat(received()).singleElement().satisfies((item) -> {
			assertThat(item.kind()).isEqualTo(InboundKind.COMMENT);
			assertThat(item.authorHandle()).isEqualTo("@jane.public");
			assertThat(item.text()).isEqualTo("Do I need to book? 💉");
			assertThat(item.inReplyToRemoteId()).isEqualTo(this.postId);
		});
		List<String> audit = this.jdbc
			.sql("select summary from audit_event where organization_id = ? and action = 'sandbox.inbound_written'")
			.param(this.org.id())
			.query(String.class)
			.list();
		assertThat(audit).singleElement().asString().contains("comment").doesNotContain("book").doesNotContain("jane");

		// The sandbox's own read API hands the same item to the poller; the inbox
		// upserts it.
		int before = received().size();
		this.poller.poll(this.accounts.find(this.org.id(), this.account.id()).orElseThrow());
		assertThat(received().subList(before, received().size())).extracting(InboundItem::remoteId)
			.containsExactly(received().get(0).remoteId());
	}

	@Test
	void badInputIsExplainedAndNothingIsWritten() throws Exception {
		assertThat(write("comment", "@jane", "   ", this.postId).getFlashMap().get("problem")).asString()
			.contains("between 1 and 2000");
		assertThat(write("comment", "@jane", "x".repeat(2001), this.postId).getFlashMap().get("problem")).asString()
			.contains("between 1 and 2000");
		assertThat(write("comment", "<script>", "hi", this.postId).getFlashMap().get("problem")).asString()
			.contains("handle");
		assertThat(write("comment", "@jane", "hi", "sbx-not-ours").getFlashMap().get("problem")).asString()
			.contains("does not exist");
		assertThat(write("shout", "@jane", "hi", "").getFlashMap().get("problem")).asString()
			.contains("Choose a reply");
		assertThat(received()).isEmpty();
	}

	@Test
	void commentsCanBeHiddenAndDeletedAndMessagesAnswered() throws Exception {
		write("comment", "@jane", "Rude words", this.postId);
		write("message", "@sam", "Private question", "");
		InboundItem comment = received().get(0);
		InboundItem message = received().get(1);
		assertThat(message.kind()).isEqualTo(InboundKind.DIRECT_MESSAGE);

		assertThat(this.moderator.moderate(this.org.id(), this.account.id(), InboundKind.COMMENT, comment.remoteId(),
				ModerationAction.HIDE))
			.isInstanceOf(ModerationOutcome.Done.class);
		assertThat(this.moderator.moderate(this.org.id(), this.account.id(), InboundKind.COMMENT, comment.remoteId(),
				ModerationAction.DELETE))
			.isInstanceOf(ModerationOutcome.Done.class);
		assertThat(this.moderator.moderate(this.org.id(), this.account.id(), InboundKind.DIRECT_MESSAGE,
				message.remoteId(), ModerationAction.HIDE))
			.isInstanceOf(ModerationOutcome.NotSupported.class);
		assertThat(this.jdbc.sql("select hidden, deleted from sandbox_inbound where remote_id = ?")
			.param(comment.remoteId())
			.query((rs, row) -> rs.getBoolean(1) && rs.getBoolean(2))
			.single()).isTrue();

		PublishOutcome answer = this.publisher.sendMessage(this.org.id(), this.account.id(), message.conversationId(),
				OutboundPost.text(UUID.randomUUID(), "Happy to help."), 0, null);
		assertThat(answer).isInstanceOf(PublishOutcome.Published.class);
	}

	@Test
	void anotherOrganizationsPostIsAnsweredLikeOneThatDoesNotExist() throws Exception {
		TestOrganization other = this.organizations.create();
		ConnectedAccount theirs = this.channels.connectSandbox(other.admin().actor());
		PublishOutcome outcome = this.publisher.publish(other.id(), theirs.id(),
				OutboundPost.text(UUID.randomUUID(), "Their post."), 0, null);
		String theirPost = ((PublishOutcome.Published) outcome).post().remoteId();

		Object problem = write("comment", "@jane", "hi", theirPost).getFlashMap().get("problem");

		assertThat(problem).isEqualTo(write("comment", "@jane", "hi", "sbx-0000").getFlashMap().get("problem"));
		assertThat(this.events.stream(InboundItemsReceived.class)).isEmpty();
	}

}
