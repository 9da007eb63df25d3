package org.carecast.shared;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser for a test class, registered as a static extension field. Starting Chromium
 * costs more than a test, so the class shares one; it starts at the first
 * {@link #start()} rather than before all tests so that, without Chromium, every test is
 * reported as skipped with the reason instead of silently not counted. After each test
 * the console must be free of errors: Content-Security-Policy violations and missing
 * scripts or stylesheets show up there and nowhere else.
 */
public final class BrowserPerClass implements AfterEachCallback, AfterAllCallback {

	private BrowserSupport browser;

	/** The class's browser, started on first use. */
	public BrowserSupport start() {
		if (this.browser == null) {
			this.browser = BrowserSupport.start();
		}
		return this.browser;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.browser != null) {
			assertThat(this.browser.consoleErrors()).as("browser console errors").isEmpty();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.close();
			this.browser = null;
		}
	}

}
