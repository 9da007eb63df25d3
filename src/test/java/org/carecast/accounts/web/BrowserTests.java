package org.carecast.accounts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.Person;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.shared.BrowserPerClass;
import org.carecast.shared.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser application as people use it: a real headless Chromium against the running
 * server, so that the strict Content-Security-Policy, the stylesheet, htmx and the
 * keyboard path are exercised as well as the HTML. Screenshots of the key pages land in
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestOrganizations.class)
class BrowserTests {

	private static final By MAIN_NAV = By.cssSelector("nav[aria-label='Main']");

	private static final By SIGN_OUT = By.xpath("//button[normalize-space()='Sign out']");

	@RegisterExtension
	static final BrowserPerClass browsers = new BrowserPerClass();

	private BrowserSupport browser;

	@LocalServerPort
	private int port;

	@Autowired
	private TestOrganizations organizations;

	private TestOrganization clinic;

	private WebDriver driver;

	@BeforeEach
	void signedOutBrowser() {
		this.browser = browsers.start();
		this.clinic = this.organizations.create();
		this.driver = this.browser.driver();
		this.browser.signOut(url("/login"));
		this.browser.consoleErrors();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleSeesOnlyItsNavigationAndSignsOut(Role role) {
		Person person = this.clinic.person(role);
		signIn(person.email(), person.password());
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(MAIN_NAV));
		assertThat(this.driver.getCurrentUrl()).isEqualTo(url("/"));
		assertThat(navigationLabels()).containsExactlyElementsOf(expectedNavigation(role));
		assertThat(this.driver.findElement(By.cssSelector("nav[aria-label='Main'] a[aria-current='page']")).getText())
			.isEqualTo("Home");
		assertThat(this.driver.findElement(By.cssSelector(".who")).getText()).contains(person.account().displayName())
			.contains(this.clinic.organization().name());
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains(person.account().displayName());
		this.browser.screenshot("home-" + role.name().toLowerCase(Locale.ROOT));

		this.driver.findElement(SIGN_OUT).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(this.driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You are signed out.");
		assertThat(this.driver.findElements(MAIN_NAV)).isEmpty();
		if (role == Role.ADMIN) {
			this.browser.screenshot("signed-out");
		}
		// The session is really gone: the home page sends the browser back to sign in.
		this.driver.get(url("/"));
		this.browser.waiting().until(ExpectedConditions.urlToBe(url("/login")));
	}

	@Test
	void wrongPasswordShowsAClearErrorAndDoesNotSignIn() {
		signIn(this.clinic.person(Role.AUTHOR).email(), "not the right password");
		WebElement error = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(error.getDomAttribute("role")).isEqualTo("alert");
		assertThat(error.getText()).contains("Not signed in").contains("the email or password is wrong");
		assertThat(this.driver.getCurrentUrl()).isEqualTo(url("/login?error"));
		assertThat(this.driver.findElements(MAIN_NAV)).isEmpty();
		assertThat(this.driver.findElements(SIGN_OUT)).isEmpty();
		this.browser.screenshot("login-error");
		this.driver.get(url("/"));
		this.browser.waiting().until(ExpectedConditions.urlToBe(url("/login")));
	}

	@Test
	void adminInvitesAPersonWhoThenSignsInWithTheOneTimePassword() {
		signIn(this.clinic.admin().email(), this.clinic.admin().password());
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("People"))).click();
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Invite a person"))).click();
		this.browser.waiting().until(ExpectedConditions.urlToBe(url("/admin/users/new")));

		String email = "priya-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
		this.driver.findElement(By.id("displayName")).sendKeys("Priya Raman");
		this.driver.findElement(By.id("email")).sendKeys(email);
		// Ticking through the label is what a person does and proves the label is tied
		// to its box.
		this.driver.findElement(By.cssSelector("label[for='role-AUTHOR']")).click();
		assertThat(this.driver.findElement(By.id("role-AUTHOR")).isSelected()).isTrue();
		this.browser.screenshot("invite-form");
		this.driver.findElement(By.xpath("//button[normalize-space()='Invite']")).click();

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
					"One-time password for Priya Raman"));
		String oneTimePassword = this.driver.findElement(By.id("one-time-password")).getText();
		assertThat(oneTimePassword).isNotBlank().hasSizeGreaterThanOrEqualTo(12);
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(email);
		this.browser.screenshot("one-time-password");

		this.driver.findElement(SIGN_OUT).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/login?logout"));
		signIn(email, oneTimePassword);
		this.browser.waiting().until(ExpectedConditions.urlToBe(url("/account/password")));
		assertThat(this.driver.findElement(By.tagName("main")).getText())
			.contains("You signed in with a one-time password");
		this.browser.screenshot("choose-password");
	}

	@Test
	void adminVerifiesTheAuditChainInPlace() {
		signIn(this.clinic.admin().email(), this.clinic.admin().password());
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Audit trail"))).click();
		this.browser.waiting().until(ExpectedConditions.urlToBe(url("/admin/audit")));
		assertThat(this.driver.findElement(By.id("audit-results")).getText()).contains("auth.login");
		this.driver.findElement(By.xpath("//button[normalize-space()='Verify chain']")).click();

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "Chain intact"));
		// htmx swapped the result into the page, with the CSRF header from carecast.js;
		// without them the browser would have left for /admin/audit/verify.
		assertThat(this.driver.getCurrentUrl()).isEqualTo(url("/admin/audit"));
		// The page-only "back" link must not be swapped into the page it points to.
		assertThat(this.driver.findElements(By.linkText("Back to the audit trail"))).isEmpty();
		assertThat(this.driver.findElements(By.cssSelector("#audit-results tbody tr"))).isNotEmpty();
		this.browser.screenshot("audit-verified");
	}

	@Test
	void theCheckPageMarksIdentifiersAsYouTypeAndRedactsWithOneClick() {
		signIn(this.clinic.person(Role.AUTHOR).email(), this.clinic.person(Role.AUTHOR).password());
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Check a text"))).click();
		this.browser.waiting().until(ExpectedConditions.urlToBe(url("/check")));
		WebElement text = this.driver.findElement(By.id("text"));
		text.sendKeys("So proud of my mom Dolores Whitcombe, she left room 412 today!");

		// No button pressed: htmx posts after a pause in typing and swaps in the results.
		this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#check-results mark")));
		assertThat(this.driver.getCurrentUrl()).isEqualTo(url("/check"));
		assertThat(this.driver.findElement(By.id("check-results")).getText()).contains("Blocked")
			.contains("Privacy — NAME");
		this.browser.screenshot("check-findings");

		this.driver.findElement(By.cssSelector("#finding-1 button")).click();
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Fixed."));
		assertThat(this.driver.findElement(By.id("text")).getDomProperty("value")).contains("my mom [NAME]")
			.doesNotContain("Whitcombe");
		this.browser.screenshot("check-fixed");
	}

	@Test
	void skipLinkIsTheFirstThingTheKeyboardReaches() {
		signIn(this.clinic.person(Role.REVIEWER).email(), this.clinic.person(Role.REVIEWER).password());
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(MAIN_NAV));
		assertThat(this.driver.switchTo().activeElement().getTagName()).isEqualTo("body");

		new Actions(this.driver).sendKeys(Keys.TAB).perform();
		WebElement focused = this.driver.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to main content");
		assertThat(focused.getDomProperty("href")).isEqualTo(url("/#main"));
		// Hidden off-screen until focused, then it must be visible to sighted keyboard
		// users.
		assertThat(focused.getLocation().getX()).isGreaterThanOrEqualTo(0);
		assertThat(focused.isDisplayed()).isTrue();
		this.browser.screenshot("skip-link");

		new Actions(this.driver).sendKeys(Keys.ENTER).perform();
		this.browser.waiting().until((d) -> "main".equals(d.switchTo().activeElement().getDomAttribute("id")));
	}

	@Test
	void adminPagesLoadTheirStylesheetAndScriptsUnderTheContentSecurityPolicy() {
		signIn(this.clinic.admin().email(), this.clinic.admin().password());
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("staff-directory", "/staff");
		pages.put("staff-form", "/admin/staff/new");
		pages.put("people", "/admin/users");
		pages.put("person", "/admin/users/" + this.clinic.person(Role.AUTHOR).account().id());
		pages.put("settings", "/admin/settings");
		pages.put("account", "/account");
		pages.put("change-password", "/account/password");
		pages.forEach((name, page) -> {
			this.driver.get(url(page));
			this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
			// The header is white text on brand blue only if carecast.css loaded.
			assertThat(this.driver.findElement(By.cssSelector(".site-header")).getCssValue("background-color"))
				.as("header colour on %s", page)
				.isEqualTo("rgba(11, 92, 173, 1)");
			this.browser.waiting()
				.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!window.htmx;")));
			assertThat(this.browser.consoleErrors()).as("console errors on %s", page).isEmpty();
			this.browser.screenshot(name);
		});
	}

	private void signIn(String email, String password) {
		this.browser.signIn(url("/login"), email, password);
	}

	private List<String> navigationLabels() {
		return this.driver.findElements(By.cssSelector("nav[aria-label='Main'] a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static List<String> expectedNavigation(Role role) {
		return switch (role) {
			case ADMIN -> List.of("Home", "Inbox", "Adverse events", "Answer library", "Posts", "Calendar", "Campaigns",
					"Content library", "Check a text", "Staff directory", "Channels", "People", "Settings",
					"Guardrail policy", "Audit trail", "Inbox settings", "Pause publishing", "Health myths",
					"My account");
			case REVIEWER -> List.of("Home", "Adverse events", "Answer library", "Posts", "Calendar", "Campaigns",
					"Content library", "Check a text", "Staff directory", "Channels", "Pause publishing",
					"Health myths", "My account");
			case AUTHOR -> List.of("Home", "Posts", "Calendar", "Campaigns", "Content library", "Check a text",
					"Staff directory", "Channels", "My account");
			case RESPONDER -> List.of("Home", "Inbox", "Adverse events", "Answer library", "Posts", "Calendar",
					"Campaigns", "Content library", "Check a text", "Staff directory", "My account");
			default -> List.of("Home", "Posts", "Calendar", "Campaigns", "Content library", "Check a text",
					"Staff directory", "My account");
		};
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
