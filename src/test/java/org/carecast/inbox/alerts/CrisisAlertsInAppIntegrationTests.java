package org.carecast.inbox.alerts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundKind;
import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.InboxItemTriaged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code spring.mail.host} (the test default) there is no mail sender: a crisis
 * item is recorded as an in-app alert and nothing tries to send.
 */
@SpringBootTest
@Import(TestOrganizations.class)
class CrisisAlertsInAppIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	AuditTrail auditTrail;

	@Autowired(required = false)
	JavaMailSender mailSender;

	@Test
	void withoutAMailHostACrisisAlertStaysInTheApp() {
		assertThat(this.mailSender).isNull();
		TestOrganization org = this.fixtures.create();
		UUID item = UUID.randomUUID();

		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new InboxItemTriaged(org.id(), item,
				ChannelNetwork.BLUESKY, InboundKind.values()[0], List.of(TriageLabel.CRISIS), Instant.now(), true)));

		List<AuditRecord> records = this.auditTrail.search(org.id(),
				new AuditQuery("inbox.alert_in_app", null, null, null, null, 0, 5));
		assertThat(records).singleElement().satisfies((r) -> {
			assertThat(r.resourceId()).isEqualTo(item.toString());
			assertThat(r.summary()).isEqualTo("crisis alert in the app only: e-mail alerts are off");
		});
	}

	@Test
	void theInAppAlertIsRecordedWithTheItemAndRolledBackWithIt() {
		TestOrganization org = this.fixtures.create();
		UUID item = UUID.randomUUID();

		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new InboxItemTriaged(org.id(), item, ChannelNetwork.BLUESKY,
					InboundKind.values()[0], List.of(TriageLabel.CRISIS), Instant.now(), true));
			status.setRollbackOnly();
		});
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new InboxItemTriaged(org.id(), item,
				ChannelNetwork.BLUESKY, InboundKind.values()[0], List.of(TriageLabel.CRISIS), Instant.now(), false)));

		assertThat(this.auditTrail.search(org.id(), new AuditQuery("inbox.alert_in_app", null, null, null, null, 0, 5)))
			.as("nothing for the rolled-back item, nothing for an item seen before")
			.isEmpty();
	}

}
