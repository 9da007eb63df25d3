package org.carecast.accounts;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carecast.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * Creates a fresh organization with one person per role (plus passwords and API tokens)
 * for a test. Names are random, so tests can share one database, also PostgreSQL, without
 * clashing. Import it with {@code @Import(TestOrganizations.class)}.
 */
@Component
public class TestOrganizations {

	private final Organizations organizations;

	private final UserAdministration users;

	private final ApiTokens tokens;

	public TestOrganizations(Organizations organizations, UserAdministration users, ApiTokens tokens) {
		this.organizations = organizations;
		this.users = users;
		this.tokens = tokens;
	}

	/**
	 * One person of a test organization, with the password and an API token to act as
	 * them.
	 */
	public record Person(UserAccount account, String password, String apiToken) {

		public Actor actor() {
			return new Actor(this.account.id(), this.account.organizationId(), this.account.displayName());
		}

		public String email() {
			return this.account.email();
		}

	}

	public record TestOrganization(Organization organization, Map<Role, Person> people) {

		public Person person(Role role) {
			return this.people.get(role);
		}

		public Person admin() {
			return person(Role.ADMIN);
		}

		public UUID id() {
			return this.organization.id();
		}

	}

	public TestOrganization create() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Organization organization = this.organizations.create("Test Clinic " + suffix, "America/New_York", "test");
		Map<Role, Person> people = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			UserAdministration.Invitation created = this.users.createInitial(organization.id(),
					role.name().toLowerCase() + "-" + suffix + "@clinic.example", "Test " + role.label(), Set.of(role),
					false, "test");
			Actor actor = new Actor(created.user().id(), organization.id(), created.user().displayName());
			String token = this.tokens.issue(actor, "test token").secret();
			people.put(role, new Person(created.user(), created.oneTimePassword(), token));
		}
		return new TestOrganization(organization, people);
	}

}
