package org.carecast.accounts.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carecast.accounts.DemoOrganizationSeeded;
import org.carecast.accounts.Organization;
import org.carecast.accounts.Organizations;
import org.carecast.accounts.Role;
import org.carecast.accounts.StaffDirectory;
import org.carecast.accounts.UserAdministration;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds "Riverside Health", a fictional mid-size US hospital, on the first start of an
 * empty embedded database, and prints its sign-ins once. Passwords are random per
 * installation: a demo that someone exposes on a network must not open with a published
 * password.
 */
@Component
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Organizations organizations;

	private final OrganizationRepository organizationRepository;

	private final UserAdministration users;

	private final StaffDirectory staff;

	private final AuditTrail auditTrail;

	private final TransactionTemplate transactions;

	private final DemoProperties properties;

	private final Environment environment;

	private final ApplicationEventPublisher events;

	DemoData(Organizations organizations, OrganizationRepository organizationRepository, UserAdministration users,
			StaffDirectory staff, AuditTrail auditTrail, TransactionTemplate transactions, DemoProperties properties,
			Environment environment, ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.organizationRepository = organizationRepository;
		this.users = users;
		this.staff = staff;
		this.auditTrail = auditTrail;
		this.transactions = transactions;
		this.properties = properties;
		this.environment = environment;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedOnFirstStart() {
		if (!this.properties.enabledFor(this.environment.getProperty("spring.datasource.url"))
				|| !this.organizationRepository.ids().isEmpty()) {
			return;
		}
		Map<String, String> logins = this.transactions.execute((status) -> seed());
		printOnce(logins, System.out);
		log.info("Seeded the Riverside Health demo organization with {} sign-ins", logins.size());
	}

	Map<String, String> seed() {
		Organization riverside = this.organizations.create("Riverside Health", "America/Chicago", "demo data");
		Map<String, String> logins = new LinkedHashMap<>();
		List<DemoUser> demoUsers = List.of(new DemoUser("admin", "Morgan Ellis", Role.ADMIN),
				new DemoUser("author", "Priya Raman", Role.AUTHOR),
				new DemoUser("reviewer", "Daniel Okafor", Role.REVIEWER),
				new DemoUser("responder", "Rosa Delgado", Role.RESPONDER),
				new DemoUser("analyst", "Chen Wei", Role.ANALYST));
		for (DemoUser demo : demoUsers) {
			String email = demo.login() + "@riverside-health.example";
			UserAdministration.Invitation created = this.users.createInitial(riverside.id(), email, demo.name(),
					Set.of(demo.role()), false, "demo data");
			logins.put(email + " (" + demo.role().label() + ")", created.oneTimePassword());
		}
		for (StaffDirectory.Details member : DemoStaff.MEMBERS) {
			this.staff.addWithoutAudit(riverside.id(), member);
		}
		this.auditTrail.record(new AuditEvent(riverside.id(), null, "demo data", "staff.imported", "staff_member", null,
				AuditEvent.Outcome.SUCCESS, DemoStaff.MEMBERS.size() + " demo staff members added"));
		// Other modules add their demo data in this same transaction.
		this.events.publishEvent(new DemoOrganizationSeeded(riverside.id()));
		return logins;
	}

	static void printOnce(Map<String, String> logins, PrintStream out) {
		StringBuilder box = new StringBuilder();
		box.append("\n================ Carecast demo sign-ins (shown only once) ================\n");
		box.append("Open http://localhost:8080 and sign in with one of these. Passwords are random\n");
		box.append("for this installation. Keep this list: it is not stored anywhere.\n\n");
		logins.forEach((who, password) -> box.append(String.format("  %-48s %s%n", who, password)));
		box.append("==========================================================================\n");
		out.print(box);
		out.flush();
	}

	private record DemoUser(String login, String name, Role role) {
	}

}
