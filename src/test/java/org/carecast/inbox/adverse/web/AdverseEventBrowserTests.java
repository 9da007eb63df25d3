package org.carecast.inbox.adverse.web;

import java.util.List;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.Person;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.inbox.AdverseEventReports;
import org.carecast.inbox.adverse.AdverseEventReport;
import org.carecast.shared.BrowserPerClass;
import org.carecast.shared.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder turns a message into an adverse-event report in a real Chromium: the draft
 * is prefilled and explained, a missing field is named beside it, and the completed
 * report is sent, under the strict Content-Security-Policy and without console errors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestOrganizations.class)
class AdverseEventBrowserTests {

	@RegisterExtension
	static final BrowserPerClass browsers = new BrowserPerClass();

	@LocalServerPort
	private int port;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private AdverseEventReports reports;

	@Test
	void aResponderDraftsCompletesAndSendsAReport() {
		BrowserSupport browser = browsers.start();
		TestOrganization clinic = this.organizations.create();
		Person responder = clinic.person(Role.RESPONDER);
		WebDriver driver = browser.driver();
		browser.signOut(url("/login"));
		browser.signIn(url("/login"), responder.email(), responder.password());

		driver.get(url("/inbox/adverse-events"));
		driver.findElement(By.id("text"))
			.sendKeys("My daughter got hives an hour after her first dose of amoxicillin. Batch no. QX5521. "
					+ "She is getting better.");
		driver.findElement(By.cssSelector("form[action$='/inbox/adverse-events'] button[type=submit]")).click();

		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("productName")));
		assertThat(driver.findElement(By.id("productName")).getDomProperty("value")).isEqualTo("amoxicillin");
		assertThat(driver.findElement(By.id("lotNumber")).getDomProperty("value")).isEqualTo("QX5521");
		assertThat(new Select(driver.findElement(By.id("reporterType"))).getFirstSelectedOption().getText())
			.isEqualTo("A caregiver or family member");
		assertThat(driver.findElement(By.tagName("details")).getText()).contains("Why fields were filled in")
			.contains("follows the word");
		browser.screenshot("adverse-event-draft");

		// Sending without seriousness: the form says so next to the field.
		driver.findElement(By.xpath("//button[text()='Send report']")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seriousness"),
					"Choose the seriousness criteria met"));

		driver.findElement(By.cssSelector("input[name=seriousness][value=NON_SERIOUS]")).sendKeys(Keys.SPACE);
		driver.findElement(By.xpath("//button[text()='Send report']")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Report sent"));
		browser.screenshot("adverse-event-sent");

		List<AdverseEventReport> sent = this.reports.list(responder.actor());
		assertThat(sent).singleElement()
			.satisfies((r) -> assertThat(r.status()).isEqualTo(AdverseEventReport.Status.SUBMITTED));
		assertThat(driver.getCurrentUrl()).doesNotContain("amoxicillin").doesNotContain("hives");
		assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
