package org.carecast.guardrail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Scanned text and matched values must never reach logs, exception messages or the string
 * form of API types.
 */
class PrivacyTests {

	private static final String SECRET_NAME = "Zephyrine Quackenbush";

	private static final String SECRET_SSN = "512-44-9083";

	private static final String TEXT = "My mom " + SECRET_NAME + " gave her SSN " + SECRET_SSN + " in room 412";

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	@BeforeEach
	void captureLogs() {
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	@AfterEach
	void stopCapturing() {
		this.root.detachAppender(this.appender);
	}

	@Test
	void scanningLogsNothingAboutTheText() {
		ch.qos.logback.classic.Level level = this.root.getLevel();
		this.root.setLevel(ch.qos.logback.classic.Level.TRACE);
		try {
			Report report = Guardrail.withDefaults()
				.scan(Text.of(TEXT), ScanContext.of(Direction.OUTBOUND_POST, Network.LINKEDIN));
			assertThat(report.findings()).isNotEmpty();
			assertThat(report.toString()).doesNotContain("Zephyrine").doesNotContain(SECRET_SSN);
			for (Finding finding : report.findings()) {
				assertThat(finding.toString() + finding.explanation() + finding.message()).doesNotContain("Zephyrine")
					.doesNotContain("Quackenbush")
					.doesNotContain(SECRET_SSN);
			}
		}
		finally {
			this.root.setLevel(level);
		}
		assertNoLeakInLogs();
	}

	@Test
	void commandLineErrorsAndInvalidValuesDoNotEchoContent() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String bad = "{\"id\":\"1\",\"text\":\"" + TEXT + "\",\"channel\":\"" + SECRET_NAME + "\"}\n" + "{\"text\": "
				+ SECRET_SSN + "}\n";
		new ScanCommand(Guardrail.withDefaults()).run(List.of(),
				new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Zephyrine").doesNotContain(SECRET_SSN);
		Throwable thrown = catchThrowable(
				() -> new Finding("phi", "NAME", 5, 2, Severity.BLOCK, 1, "r", "m", "s", "e"));
		assertThat(thrown).hasMessageNotContaining("Zephyrine");
		assertNoLeakInLogs();
	}

	private void assertNoLeakInLogs() {
		for (ILoggingEvent event : this.appender.list) {
			assertThat(event.getFormattedMessage()).doesNotContain("Zephyrine").doesNotContain(SECRET_SSN);
		}
	}

}
