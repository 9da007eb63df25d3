package org.carecast.shared;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests, found on this machine and never downloaded:
 * the driver path is always given explicitly, so Selenium Manager stays idle and the
 * tests need no network.
 * <p>
 * {@code CARECAST_CHROME_BINARY} and {@code CARECAST_CHROMEDRIVER} override where the
 * browser and its driver are looked for. Where neither is found the tests are skipped on
 * a developer's machine, but fail when {@code CI=true}, so that a build server that lost
 * its browser cannot pass by testing nothing.
 */
public final class BrowserSupport implements AutoCloseable {

	private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
			"google-chrome-stable");

	private static final List<String> BROWSER_PATHS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
			"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
			"/Applications/Chromium.app/Contents/MacOS/Chromium");

	private static final Duration WAIT = Duration.ofSeconds(10);

	/**
	 * Held so the settings stick: java.util.logging keeps loggers only weakly. The tests
	 * use no Chrome DevTools Protocol, so Selenium's warnings that it has no CDP bindings
	 * for a newer Chromium are noise.
	 */
	private static final List<Logger> QUIETED = Stream
		.of("org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
		.map(Logger::getLogger)
		.peek((logger) -> logger.setLevel(Level.SEVERE))
		.toList();

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private BrowserSupport(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts headless Chromium, or skips the calling test (fails it on CI) when there is
	 * none.
	 * @return the running browser; close it when done
	 */
	public static BrowserSupport start() {
		Optional<Path> browser = find("CARECAST_CHROME_BINARY", BROWSER_NAMES, BROWSER_PATHS);
		Optional<Path> chromedriver = find("CARECAST_CHROMEDRIVER", List.of("chromedriver"),
				List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
		if (browser.isEmpty() || chromedriver.isEmpty()) {
			String message = "Browser tests need Chromium or Chrome and a matching chromedriver (found browser: "
					+ browser.map(Path::toString).orElse("none") + ", chromedriver: "
					+ chromedriver.map(Path::toString).orElse("none")
					+ "). Install them (Debian: apt-get install chromium chromium-driver) or point "
					+ "CARECAST_CHROME_BINARY and CARECAST_CHROMEDRIVER at them.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
		// Both the property and the service carry the path, so no code path of Selenium
		// falls back to Selenium Manager, which would try to download a driver.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.get().toString());
		Path profile = createProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.get().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.get().toFile())
			.usingAnyFreePort()
			.build();
		try {
			return new BrowserSupport(new ChromeDriver(service, options), profile);
		}
		catch (RuntimeException ex) {
			delete(profile);
			throw ex;
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** An explicit wait of ten seconds: generous for a slow CI machine, never a sleep. */
	public WebDriverWait waiting() {
		return new WebDriverWait(this.driver, WAIT);
	}

	/**
	 * Deletes every cookie, which signs the browser out. Cookies can only be cleared for
	 * the site the browser is on, so it opens {@code loginUrl} first.
	 */
	public void signOut(String loginUrl) {
		this.driver.get(loginUrl);
		this.driver.manage().deleteAllCookies();
	}

	/**
	 * Signs in through the form at {@code loginUrl} as a person does, and waits until the
	 * browser has left that page.
	 */
	public void signIn(String loginUrl, String email, String password) {
		this.driver.get(loginUrl);
		WebElement emailField = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
		emailField.clear();
		emailField.sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlToBe(loginUrl)));
	}

	/**
	 * Saves what the browser shows as {@code target/screenshots/<name>.png}, for people
	 * to look at when a test fails or a page changes.
	 * @param name the file name without extension
	 * @return the file written
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Console errors since the last call, such as a Content-Security-Policy violation or
	 * a script or stylesheet that did not load. Requests for {@code /favicon.ico} are
	 * left out: the browser asks for it on its own and Carecast has none.
	 * @return one line per error
	 */
	public List<String> consoleErrors() {
		List<String> errors = new ArrayList<>();
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
					&& !entry.getMessage().contains("/favicon.ico")) {
				errors.add(entry.getMessage());
			}
		}
		return errors;
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			delete(this.profile);
		}
	}

	private static Optional<Path> find(String variable, List<String> names, List<String> knownPaths) {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			// An explicit setting that points nowhere is a mistake to report, not to
			// paper over with another browser.
			Path path = Path.of(configured.strip());
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		List<Path> candidates = new ArrayList<>();
		String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("");
		for (String directory : searchPath.split(File.pathSeparator)) {
			if (!directory.isBlank()) {
				names.forEach((name) -> candidates.add(Path.of(directory, name)));
			}
		}
		knownPaths.forEach((known) -> candidates.add(Path.of(known)));
		return candidates.stream().filter((path) -> Files.isRegularFile(path) && Files.isExecutable(path)).findFirst();
	}

	private static Path createProfile() {
		try {
			return Files.createTempDirectory("carecast-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless; the test outcome matters more.
		}
	}

}
