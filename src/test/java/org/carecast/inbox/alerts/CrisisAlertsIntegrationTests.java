package org.carecast.inbox.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.UserAdministration;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundKind;
import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.InboxItemTriaged;
import org.carecast.inbox.answers.AnswerDetails;
import org.carecast.inbox.answers.AnswerLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crisis alerts through a real SMTP server (GreenMail on a free local port): one mail to
 * each responder and administrator on duty, none for other items or re-reads, nothing of
 * the item in the mail, and a mail server that is down leaves the item stored and the
 * failure in the audit trail.
 */
@SpringBootTest
@Import(TestOrganizations.class)
class CrisisAlertsIntegrationTests {

	static final int SMTP_PORT = freePort();

	/** What the inbox would store with the item; the mail must never contain it. */
	static final String ITEM_TEXT = "I can't do this anymore, tonight is the night @sad_handle_42";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
		registry.add("carecast.public-base-url", () -> "https://carecast.example.org/");
		registry.add("carecast.inbox.alerts.from", () -> "alerts@carecast.example.org");
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	UserAdministration users;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	AnswerLibrary library;

	TestOrganization org;

	@BeforeEach
	void organization() {
		this.org = this.fixtures.create();
	}

	@Test
	void aNewCrisisItemMailsEachResponderOnDutyOnceWithoutAnyOfItsText() throws Exception {
		UUID disabled = this.users
			.createInitial(this.org.id(), "off-" + UUID.randomUUID() + "@clinic.example", "Off Duty",
					Set.of(Role.RESPONDER), false, "test")
			.user()
			.id();
		this.users.setEnabled(this.org.admin().actor(), disabled, false);
		InboxItemTriaged event = crisis(true);

		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));

		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(Arrays.stream(mails).map(CrisisAlertsIntegrationTests::recipient))
			.containsExactlyInAnyOrder(this.org.admin().email(), this.org.person(Role.RESPONDER).email());
		for (MimeMessage mail : mails) {
			String body = GreenMailUtil.getBody(mail);
			assertThat(mail.getSubject()).isEqualTo("Carecast: crisis item on Mastodon");
			assertThat(body).contains("A crisis item arrived on Mastodon at ")
				.contains("Open it: https://carecast.example.org/inbox/" + event.itemId())
				.doesNotContain("tonight")
				.doesNotContain("sad_handle");
			assertThat(mail.getFrom()[0].toString()).isEqualTo("alerts@carecast.example.org");
		}
		AuditRecord sent = lastAudit("inbox.alert_sent");
		assertThat(sent.resourceId()).isEqualTo(event.itemId().toString());
		assertThat(sent.summary()).isEqualTo("crisis alert e-mailed to 2 responders on duty (mastodon)");
	}

	@Test
	void otherItemsAndReReadsOfACrisisItemSendNothing() {
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new InboxItemTriaged(this.org.id(), UUID.randomUUID(), ChannelNetwork.X,
					InboundKind.values()[0], List.of(TriageLabel.MEDICAL_QUESTION), Instant.now(), true));
			this.events.publishEvent(crisis(false));
		});

		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.auditTrail.search(this.org.id(), new AuditQuery(null, "inbox_item", null, null, null, 0, 10)))
			.isEmpty();
	}

	@Test
	void aRolledBackItemSendsNoAlert() {
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(crisis(true));
			status.setRollbackOnly();
		});

		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aMailServerThatIsDownLeavesTheItemStoredAndAuditsTheFailure() {
		smtp.stop();
		InboxItemTriaged event = crisis(true);

		// The answer stands in for the inbox item stored in the same transaction.
		UUID stored = this.transactions.execute((status) -> {
			UUID id = this.library.add(this.org.person(Role.REVIEWER).actor(), new AnswerDetails(ITEM_TEXT,
					ITEM_TEXT + " " + ITEM_TEXT, "Test", "https://example.org/", LocalDate.now().plusDays(1)));
			this.events.publishEvent(event);
			return id;
		});

		assertThat(this.library.get(this.org.id(), stored)).isNotNull();
		AuditRecord failed = lastAudit("inbox.alert_mail_failed");
		assertThat(failed.outcome()).isEqualTo("failure");
		assertThat(failed.resourceId()).isEqualTo(event.itemId().toString());
		assertThat(failed.summary()).startsWith("crisis alert e-mail to 2 responders failed (")
			.doesNotContain("tonight")
			.doesNotContain("@");
	}

	private InboxItemTriaged crisis(boolean firstTime) {
		return new InboxItemTriaged(this.org.id(), UUID.randomUUID(), ChannelNetwork.MASTODON, InboundKind.values()[0],
				List.of(TriageLabel.CRISIS, TriageLabel.MEDICAL_QUESTION), Instant.parse("2026-11-25T17:42:00Z"),
				firstTime);
	}

	private AuditRecord lastAudit(String action) {
		List<AuditRecord> found = this.auditTrail.search(this.org.id(),
				new AuditQuery(action, null, null, null, null, 0, 5));
		assertThat(found).as("audit records %s", action).isNotEmpty();
		return found.get(0);
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
