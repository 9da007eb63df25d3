package org.carecast.inbox.web;

import java.time.Duration;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.InboundKind;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.channels.sandbox.SandboxPost;
import org.carecast.channels.sandbox.SandboxPosts;
import org.carecast.channels.sandbox.SandboxPublic;
import org.carecast.shared.BrowserPerClass;
import org.carecast.shared.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answering through a real headless Chromium, with the real triage and guardrail: a
 * member of the public writes on the sandbox network, the responder replies with a
 * suggested answer, and a comment that shares a patient's details is hidden and moved to
 * private.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestOrganizations.class, ChannelTestAccounts.class })
class InboxRespondBrowserTests {

	@RegisterExtension
	static final BrowserPerClass browsers = new BrowserPerClass();

	private BrowserSupport browser;

	private WebDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private ChannelTestAccounts channels;

	@Autowired
	private ChannelPublisher publisher;

	@Autowired
	private SandboxPosts sandbox;

	@Autowired
	private SandboxPublic publicWriter;

	@Autowired
	private JdbcClient jdbc;

	private TestOrganization clinic;

	private String ourPost;

	@BeforeEach
	void aSandboxPost() {
		this.browser = browsers.start();
		this.driver = this.browser.driver();
		this.clinic = this.organizations.create();
		UUID account = this.channels.connectSandboxId(this.clinic.admin().actor());
		this.ourPost = ((PublishOutcome.Published) this.publisher.publish(this.clinic.id(), account,
				OutboundPost.text(UUID.randomUUID(), "Heart health month: know your numbers."), 0, null))
			.post()
			.remoteId();
		this.browser.signOut(url("/login"));
		this.browser.consoleErrors();
	}

	@Test
	void aQuestionIsAnsweredWithASuggestedReplyAndItsSource() {
		write("@curious", "What are the symptoms of high blood pressure? Should I be worried?");
		open("What are the symptoms");

		WebElement suggestions = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.reply-suggestions")));
		assertThat(suggestions.getText()).contains("Suggested replies").contains("source:");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("medical_question");
		this.driver.findElement(By.cssSelector("button.use-reply")).click();
		WebElement reply = this.driver.findElement(By.id("reply-text"));
		String suggested = reply.getDomProperty("value");
		assertThat(suggested).isNotBlank().contains("http");
		assertThat(this.driver.switchTo().activeElement()).isEqualTo(reply);
		this.driver.findElement(By.xpath("//button[normalize-space()='Check and send reply']")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Reply passed the guardrail and is being sent."));
		this.browser.waiting().withTimeout(Duration.ofSeconds(20)).until((d) -> {
			d.navigate().refresh();
			return d.findElement(By.cssSelector("ul.replies")).getText().startsWith("Sent");
		});
		assertThat(this.sandbox.timeline(this.clinic.id(), 10)).anyMatch((p) -> answersTheComment(p)
				&& p.body().startsWith(suggested.strip().substring(0, 40)) && p.body().contains("http"));
		assertThat(this.browser.consoleErrors()).isEmpty();
	}

	@Test
	void aCommentSharingAPatientsDetailsIsHiddenAndMovedToPrivate() {
		write("@worried_son",
				"My dad John Whitaker, DOB 04/12/1950, MRN 4471190, was in room 412 last week. Why no call back?");
		open("My dad");
		assertThat(this.driver.findElement(By.tagName("main")).getText())
			.contains("Health information shared in the open");

		this.browser.waiting()
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//button[normalize-space()='Hide on network and move to private']")))
			.click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Hidden on the network; the private-message reply is being sent."));
		assertThat(this.jdbc.sql("select hidden from sandbox_inbound where organization_id = ? and body like ?")
			.params(this.clinic.id(), "My dad%")
			.query(Boolean.class)
			.single()).isTrue();
		this.browser.waiting().withTimeout(Duration.ofSeconds(20)).until((d) -> {
			d.navigate().refresh();
			return d.findElement(By.cssSelector("ul.replies")).getText().startsWith("Sent");
		});
		assertThat(this.sandbox.timeline(this.clinic.id(), 10)).filteredOn(this::answersTheComment)
			.singleElement()
			.satisfies((p) -> assertThat(p.body()).startsWith("Thanks for reaching out. To protect your privacy")
				.doesNotContain("Whitaker")
				.doesNotContain("412"));
		// Hidden on the network is shown in words, not by colour.
		assertThat(this.driver.findElement(By.tagName("main")).getText()).containsIgnoringCase("hidden");
		assertThat(this.browser.consoleErrors()).isEmpty();
	}

	/** A reply to the member of the public's comment, not to our post. */
	private boolean answersTheComment(SandboxPost post) {
		return post.replyTo() != null && post.replyTo().startsWith("sbxin-");
	}

	private void write(String handle, String text) {
		this.publicWriter.write(this.clinic.person(Role.AUTHOR).actor(),
				new SandboxPublic.Writing(handle, text, InboundKind.COMMENT, this.ourPost));
	}

	private void open(String start) {
		this.browser.signIn(url("/login"), this.clinic.person(Role.RESPONDER).email(),
				this.clinic.person(Role.RESPONDER).password());
		this.driver.get(url("/inbox"));
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(By.partialLinkText(start))).click();
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), ""));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
