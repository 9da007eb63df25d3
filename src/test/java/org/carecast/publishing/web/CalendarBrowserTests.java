package org.carecast.publishing.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.Person;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostReview;
import org.carecast.publishing.PostState;
import org.carecast.publishing.Posts;
import org.carecast.publishing.PublishingFixture;
import org.carecast.shared.BrowserPerClass;
import org.carecast.shared.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rescheduling on the calendar in a real Chromium, with the keyboard only: the "Move"
 * form is the alternative to dragging, and must work under the strict
 * Content-Security-Policy with htmx swapping the calendar in place.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestOrganizations.class)
class CalendarBrowserTests {

	@RegisterExtension
	static final BrowserPerClass browsers = new BrowserPerClass();

	private BrowserSupport browser;

	@MockitoBean
	private ChannelPublisher publisher;

	@LocalServerPort
	private int port;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private Posts posts;

	@Autowired
	private PostReview review;

	@Test
	void aReviewerMovesAScheduledPostWithTheKeyboard() {
		this.browser = browsers.start();
		TestOrganization clinic = this.organizations.create();
		ZoneId zone = ZoneId.of(clinic.organization().timeZone());
		UUID account = new PublishingFixture(this.publisher).account(clinic.id(), ChannelNetwork.MASTODON);
		LocalDate planned = LocalDate.now(zone).plusDays(14);
		LocalDate newDay = planned.plusDays(2);
		Post post = scheduled(clinic, account, ZonedDateTime.of(planned, LocalTime.of(9, 0), zone));

		WebDriver driver = this.browser.driver();
		signIn(clinic.person(Role.REVIEWER));
		driver.get(url("/calendar?view=week&date=" + planned));
		WebElement entry = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("post-" + post.id())));
		assertThat(entry.getText()).contains("09:00").contains("Scheduled").contains("mastodon");
		assertThat(entry.getDomAttribute("draggable")).isEqualTo("true");
		assertThat(this.browser.consoleErrors()).isEmpty();

		WebElement move = entry.findElement(By.tagName("summary"));
		move.sendKeys(Keys.ENTER);
		WebElement date = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("move-date-" + post.id())));
		this.browser.screenshot("calendar-move-open");
		date.sendKeys(String.format("%02d%02d%04d", newDay.getMonthValue(), newDay.getDayOfMonth(), newDay.getYear()));
		assertThat(date.getDomProperty("value")).isEqualTo(newDay.toString());
		// On past the time (kept as it is) to the button, then press it: keys only.
		// Chrome
		// tabs through the date's and time's parts too, so count a few presses.
		for (int presses = 0; presses < 8
				&& !"Move post".equals(driver.switchTo().activeElement().getText()); presses++) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
		}
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Move post");
		new Actions(driver).sendKeys(Keys.ENTER).perform();

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#calendar-region [role=status]"),
					"Moved to"));
		// htmx swapped the calendar in place; the page did not navigate away.
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/calendar?view=week&date=" + planned));
		Boolean swapped = (Boolean) ((JavascriptExecutor) driver).executeScript(
				"return document.querySelector('td[data-date=\"" + newDay + "\"] #post-" + post.id() + "') !== null;");
		assertThat(swapped).isTrue();
		this.browser.screenshot("calendar-moved");

		Post moved = this.posts.get(clinic.admin().actor(), post.id());
		assertThat(moved.scheduledAt()).isEqualTo(ZonedDateTime.of(newDay, LocalTime.of(9, 0), zone).toInstant());
		assertThat(moved.state()).isEqualTo(PostState.SCHEDULED);
		assertThat(this.browser.consoleErrors()).as("browser console errors").isEmpty();
	}

	private Post scheduled(TestOrganization clinic, UUID account, ZonedDateTime at) {
		Post post = this.posts.create(clinic.person(Role.AUTHOR).actor(),
				PostDraft.of("Flu clinic open on Saturday.", null, account));
		this.review.submit(clinic.person(Role.AUTHOR).actor(), post.id(), 0);
		this.review.approve(clinic.person(Role.REVIEWER).actor(), post.id(), 1, null);
		return this.review.schedule(clinic.person(Role.AUTHOR).actor(), post.id(), 2, at.toInstant());
	}

	private void signIn(Person person) {
		this.browser.signOut(url("/login"));
		this.browser.signIn(url("/login"), person.email(), person.password());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
