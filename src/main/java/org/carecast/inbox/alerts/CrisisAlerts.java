package org.carecast.inbox.alerts;

import java.util.EnumSet;
import java.util.List;

import org.carecast.accounts.Role;
import org.carecast.accounts.UserAccount;
import org.carecast.accounts.UserAdministration;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.inbox.InboxItemTriaged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails the organization's responders on duty (every enabled responder and
 * administrator) when a new crisis item arrives, so that someone looks within minutes
 * even when nobody has the inbox open. The mail says only where and when, and links the
 * item: no words of the item, no author, nothing a mailbox should not keep.
 *
 * <p>
 * Mail goes out after the item's transaction has committed, so a mail server that is slow
 * or down can never roll the item back; each mail, sent or failed, is recorded in the
 * audit trail in a transaction of its own. Without {@code spring.mail.host} there is no
 * mail sender: alerts stay in the app, and that is recorded with the item itself.
 */
@Component
class CrisisAlerts {

	private static final Logger log = LoggerFactory.getLogger(CrisisAlerts.class);

	static final String RESOURCE = "inbox_item";

	private static final EnumSet<Role> ON_DUTY = EnumSet.of(Role.RESPONDER, Role.ADMIN);

	private final UserAdministration users;

	private final CrisisAlertMessage messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final AuditTrail auditTrail;

	private final TransactionTemplate ownTransaction;

	CrisisAlerts(UserAdministration users, CrisisAlertMessage messages, ObjectProvider<JavaMailSender> mailSender,
			AuditTrail auditTrail, PlatformTransactionManager transactions) {
		this.users = users;
		this.messages = messages;
		this.mailSender = mailSender;
		this.auditTrail = auditTrail;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		if (mailSender.getIfAvailable() == null) {
			log.info("E-mail alerts are off: spring.mail.host is not set, so crisis items are flagged in the app only");
		}
	}

	/**
	 * With e-mail alerts off, the in-app alert is recorded with the item, in the
	 * transaction that stores it: a poll of a page with ten crisis items commits once,
	 * not eleven times, each waiting for the organization's audit chain and a disk flush
	 * (those commits were a third of the inbox's ingest time on PostgreSQL). Also runs
	 * when the event is published outside a transaction, which a listener that silently
	 * did nothing then would hide.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void recordInApp(InboxItemTriaged event) {
		if (alerts(event) && this.mailSender.getIfAvailable() == null) {
			this.auditTrail.record(alert(event, "inbox.alert_in_app", AuditEvent.Outcome.SUCCESS,
					"crisis alert in the app only: e-mail alerts are off"));
		}
	}

	/**
	 * With e-mail alerts on: after commit, so a slow or failing mail server never rolls
	 * the item back; also when the event is published outside a transaction.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(InboxItemTriaged event) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (!alerts(event) || sender == null) {
			return;
		}
		List<UserAccount> onDuty = this.users.enabledWithAnyRole(event.organizationId(), ON_DUTY);
		if (onDuty.isEmpty()) {
			audit(event, "inbox.alert_mail_failed", AuditEvent.Outcome.FAILURE,
					"crisis alert not e-mailed: no enabled responder or administrator");
			return;
		}
		SimpleMailMessage[] mails = onDuty.stream()
			.map((user) -> this.messages.to(user.email(), event))
			.toArray(SimpleMailMessage[]::new);
		try {
			sender.send(mails);
			audit(event, "inbox.alert_sent", AuditEvent.Outcome.SUCCESS, "crisis alert e-mailed to " + mails.length
					+ " responders on duty (" + event.network().code() + ")");
		}
		catch (MailException ex) {
			// The exception names addresses and the server's reply, not the item; the log
			// gets its type only, the audit trail the same.
			log.warn("Crisis alert e-mail for an inbox item failed ({})", ex.getClass().getSimpleName());
			audit(event, "inbox.alert_mail_failed", AuditEvent.Outcome.FAILURE, "crisis alert e-mail to " + mails.length
					+ " responders failed (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/** Only a crisis, and only when it first arrives (an edit is not a new alert). */
	private static boolean alerts(InboxItemTriaged event) {
		return event.isCrisis() && event.firstTime();
	}

	/** After commit, in a transaction of its own. */
	private void audit(InboxItemTriaged event, String action, AuditEvent.Outcome outcome, String summary) {
		this.ownTransaction
			.executeWithoutResult((status) -> this.auditTrail.record(alert(event, action, outcome, summary)));
	}

	private static AuditEvent alert(InboxItemTriaged event, String action, AuditEvent.Outcome outcome, String summary) {
		return new AuditEvent(event.organizationId(), null, "Carecast", action, RESOURCE, event.itemId().toString(),
				outcome, summary);
	}

}
