package org.carecast.inbox.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.InboundItem;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.channels.InboundKind;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.channels.sandbox.SandboxPosts;
import org.carecast.inbox.InboxIntegrationSupport;
import org.carecast.shared.BrowserPerClass;
import org.carecast.shared.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crisis through a real headless Chromium: it arrives while a responder has the inbox
 * open, the page raises an alert, the item is at the top, and the crisis resources go out
 * to the sandbox network in one step.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestOrganizations.class, ChannelTestAccounts.class, InboxIntegrationSupport.Labels.class })
class InboxBrowserTests {

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
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	private TestOrganization clinic;

	private UUID account;

	@BeforeEach
	void signedOutBrowser() {
		this.browser = browsers.start();
		this.driver = this.browser.driver();
		this.clinic = this.organizations.create();
		this.account = this.channels.connectSandboxId(this.clinic.admin().actor());
		this.browser.signOut(url("/login"));
		this.browser.consoleErrors();
	}

	@Test
	void aCrisisArrivesIsAlertedOnTopAndAnsweredWithCrisisResourcesInOneStep() {
		String ourPost = ((PublishOutcome.Published) this.publisher.publish(this.clinic.id(), this.account,
				OutboundPost.text(UUID.randomUUID(), "Mental health week starts today."), 0, null))
			.post()
			.remoteId();
		arrive(new InboundItem("calm-1", InboundKind.COMMENT, "@sunny", null, "Lovely post [praise]", Instant.now(),
				ourPost, ourPost, null, null));
		this.browser.signIn(url("/login"), this.clinic.person(Role.RESPONDER).email(),
				this.clinic.person(Role.RESPONDER).password());
		this.driver.get(url("/inbox"));
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Lovely"));

		arrive(new InboundItem(ourPost, InboundKind.COMMENT, "@alone", null,
				"Nobody would miss me if I was gone [crisis]", Instant.now(), ourPost, ourPost, null, null));

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-alert"),
					"Crisis: 1 new crisis item"));
		assertThat(this.driver.findElement(By.id("inbox-alert")).getAttribute("role")).isEqualTo("alert");
		assertThat(this.driver.findElement(By.id("inbox-live")).getText()).contains("1 new item — refresh");
		this.driver.findElement(By.linkText("Show it at the top of the list")).click();
		By firstRow = By.cssSelector("table.inbox tbody tr:first-child");
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(firstRow, "Nobody would miss"));
		assertThat(this.driver.findElement(firstRow).getText()).contains("Urgent").contains("crisis");

		this.driver.findElement(firstRow).findElement(By.partialLinkText("Nobody would miss")).click();
		this.browser.waiting()
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//button[normalize-space()='Send crisis resources']")))
			.click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Crisis resources are being sent."));
		this.browser.waiting().withTimeout(Duration.ofSeconds(20)).until((d) -> {
			d.navigate().refresh();
			return d.findElement(By.cssSelector("ul.replies")).getText().startsWith("Sent");
		});
		assertThat(this.sandbox.timeline(this.clinic.id(), 10))
			.anyMatch((p) -> ourPost.equals(p.replyTo()) && p.body().contains("988") && p.body().contains("911"));
		assertThat(this.browser.consoleErrors()).isEmpty();
	}

	private void arrive(InboundItem item) {
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(
				new InboundItemsReceived(this.clinic.id(), this.account, ChannelNetwork.SANDBOX, List.of(item))));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
