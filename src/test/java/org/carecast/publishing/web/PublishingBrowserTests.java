package org.carecast.publishing.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.Person;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.publishing.Delivery;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostReview;
import org.carecast.publishing.PostState;
import org.carecast.publishing.Posts;
import org.carecast.publishing.PublishingFixture;
import org.carecast.shared.Actor;
import org.carecast.shared.BrowserPerClass;
import org.carecast.shared.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publishing flows through a real headless Chromium: live findings with their fix in
 * the composer, a reviewer's override that needs a written reason, and the pause that
 * every page shows. The networks are a mock; everything else is the running application
 * under its Content-Security-Policy. Every test fails on a browser console error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestOrganizations.class)
class PublishingBrowserTests {

	private static final By PREVIEWS = By.id("previews");

	private static final By REDACT = By
		.xpath("//div[@id='previews']//button[starts-with(normalize-space(), 'Redact')]");

	/** Blocks by default: a patient's name tied to a family member, and a room number. */
	private static final String PATIENT_POST = "So proud of my mom Dolores Whitcombe, she left room 412 today!";

	@RegisterExtension
	static final BrowserPerClass browsers = new BrowserPerClass();

	private BrowserSupport browser;

	@LocalServerPort
	private int port;

	@MockitoBean
	private ChannelPublisher publisher;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private Posts posts;

	@Autowired
	private PostReview review;

	private TestOrganization clinic;

	private UUID mastodon;

	private WebDriver driver;

	@BeforeEach
	void signedOutBrowser() {
		this.browser = browsers.start();
		this.clinic = this.organizations.create();
		this.mastodon = new PublishingFixture(this.publisher).account(this.clinic.id(), ChannelNetwork.MASTODON);
		this.driver = this.browser.driver();
		this.browser.signOut(url("/login"));
		this.browser.consoleErrors();
	}

	@Test
	void theComposerShowsFindingsAsYouTypeAndFixesOneWithAClick() {
		signIn(this.clinic.person(Role.AUTHOR));
		this.driver.get(url("/posts/new"));
		// Ticking through the label proves the label belongs to the box.
		this.browser.waiting()
			.until(ExpectedConditions
				.elementToBeClickable(By.cssSelector("label[for='account-" + this.mastodon + "']")))
			.click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(PREVIEWS, "@clinic-mastodon on Mastodon"));
		WebElement text = this.driver.findElement(By.id("baseText"));
		text.sendKeys(PATIENT_POST);
		// Leave the box, as a person does before reaching for a button; then let htmx
		// settle.
		text.sendKeys(Keys.TAB);
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(REDACT));
		settled();
		assertThat(this.driver.findElement(PREVIEWS).getText()).contains("Blocks");
		assertThat(this.driver.getCurrentUrl()).isEqualTo(url("/posts/new"));
		int before = this.driver.findElements(REDACT).size();
		this.browser.screenshot("compose-findings");

		this.driver.findElement(REDACT).click();
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(PREVIEWS, "Fixed."));
		settled();
		String fixed = this.driver.findElement(By.id("baseText")).getDomProperty("value");
		assertThat(fixed).contains("[").isNotEqualTo(PATIENT_POST);
		assertThat(this.driver.findElements(REDACT)).hasSize(before - 1);
		this.browser.screenshot("compose-fixed");

		// The fix changed the real field: saving keeps the fixed text.
		this.driver.findElement(By.xpath("//button[normalize-space()='Save']")).click();
		this.browser.waiting().until(ExpectedConditions.urlMatches(".*/posts/[0-9a-f-]{36}$"));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(fixed);
	}

	@Test
	void aReviewerApprovesABlockedPostOnlyWithAWrittenReasonThatThePostThenShows() {
		Actor author = this.clinic.person(Role.AUTHOR).actor();
		Post post = this.posts.create(author, PostDraft.of(PATIENT_POST, null, this.mastodon));
		this.review.submit(author, post.id(), 0);
		Person reviewer = this.clinic.person(Role.REVIEWER);
		signIn(reviewer);
		this.driver.get(url("/posts/" + post.id()));
		WebElement approve = this.browser.waiting()
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//button[normalize-space()='Override and approve']")));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Blocks");

		approve.click();
		// The browser refuses to send the form without the reason.
		WebElement reason = this.driver.findElement(By.id("overrideReason"));
		assertThat(
				((JavascriptExecutor) this.driver).executeScript("return arguments[0].validity.valueMissing;", reason))
			.isEqualTo(true);
		assertThat(this.driver.getCurrentUrl()).isEqualTo(url("/posts/" + post.id()));
		assertThat(this.posts.get(author, post.id()).state()).isEqualTo(PostState.IN_REVIEW);

		String why = "Shared with the family's written consent, form C-118.";
		reason.sendKeys(why);
		this.driver.findElement(By.xpath("//button[normalize-space()='Override and approve']")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Approved."));
		String page = this.driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Guardrail block overridden by " + reviewer.account().displayName() + ": " + why);
		assertThat(this.posts.get(author, post.id()).state()).isEqualTo(PostState.APPROVED);
		assertThat(this.posts.get(author, post.id()).overrideReason()).isEqualTo(why);
		this.browser.screenshot("review-override");
	}

	@Test
	void aReviewerPausesPublishingEveryPageSaysSoAndResumingSendsWhatWasHeld() {
		Person reviewer = this.clinic.person(Role.REVIEWER);
		signIn(reviewer);
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Pause publishing"))).click();
		this.driver.findElement(By.id("reason")).sendKeys("Crisis: storm closes the Eastside clinic");
		this.driver.findElement(By.xpath("//button[normalize-space()='Pause all publishing']")).click();
		// The form asks first: pausing stops every network at once.
		this.browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "All publishing is paused."));

		for (String link : List.of("Posts", "Home", "Check a text")) {
			this.driver.findElement(By.linkText(link)).click();
			WebElement banner = this.browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pause-banner")));
			assertThat(banner.getText()).as(link).contains("Publishing is paused.");
			assertThat(banner.getDomAttribute("role")).isEqualTo("status");
		}
		this.browser.screenshot("paused-banner");

		Post due = dueDuringThePause();
		this.driver.findElement(By.linkText("Pause and resume")).click();
		this.browser.waiting().until(ExpectedConditions.urlToBe(url("/publishing/pause")));
		this.driver.findElement(By.cssSelector("label[for='choice-now']")).click();
		assertThat(this.driver.findElement(By.id("choice-now")).isSelected()).isTrue();
		this.browser.screenshot("resume-choice");
		this.driver.findElement(By.xpath("//button[normalize-space()='Resume publishing']")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Publishing resumed. 1 held deliveries: sending now."));
		assertThat(this.driver.findElements(By.cssSelector(".pause-banner"))).isEmpty();
		this.driver.findElement(By.linkText("Posts")).click();
		this.browser.waiting().until(ExpectedConditions.urlToBe(url("/posts")));
		assertThat(this.driver.findElements(By.cssSelector(".pause-banner"))).isEmpty();
		PublishingFixture.await(Duration.ofSeconds(10),
				() -> this.posts.get(reviewer.actor(), due.id()).state() == PostState.PUBLISHED);
	}

	/** A post that came due while paused, so its delivery is held. */
	private Post dueDuringThePause() {
		Actor author = this.clinic.person(Role.AUTHOR).actor();
		Actor reviewer = this.clinic.person(Role.REVIEWER).actor();
		Post post = this.posts.create(author, PostDraft.of("Flu clinic moves to Saturday.", null, this.mastodon));
		this.review.submit(author, post.id(), 0);
		this.review.approve(reviewer, post.id(), 1, null);
		this.review.schedule(reviewer, post.id(), 2, Instant.now());
		PublishingFixture.await(Duration.ofSeconds(10),
				() -> this.posts.deliveries(author, post.id())
					.stream()
					.allMatch((d) -> d.state() == Delivery.State.HELD));
		return post;
	}

	/** No htmx request in flight: the page shows the answer to the last one. */
	private void settled() {
		this.browser.waiting()
			.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
				.executeScript("return document.querySelector('.htmx-request') === null;")));
	}

	private void signIn(Person person) {
		this.browser.signIn(url("/login"), person.email(), person.password());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
