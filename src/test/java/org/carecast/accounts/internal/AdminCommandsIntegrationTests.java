package org.carecast.accounts.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Organizations;
import org.carecast.accounts.Role;
import org.carecast.accounts.UserAccount;
import org.carecast.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AdminCommandsIntegrationTests {

	@Autowired
	AdminCommands commands;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createOrgMakesAnOrganizationAndAnAdministratorWithAOneTimePassword() {
		String email = "first-admin-" + UUID.randomUUID() + "@hospital.example";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = this.commands.execute(List.of("create-org", "--name", "Lakeside Clinic", "--admin-email", email,
				"--admin-name=Jordan Admin", "--time-zone", "America/Denver"), print(out));

		assertThat(status).isZero();
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("Lakeside Clinic").contains(email).contains("One-time password");
		UserAccount admin = this.users.credentialsByEmail(email).orElseThrow().account();
		assertThat(admin.roles()).containsExactly(Role.ADMIN);
		assertThat(admin.mustChangePassword()).isTrue();
		assertThat(admin.displayName()).isEqualTo("Jordan Admin");
	}

	@Test
	void missingOptionsPrintUsageAndCreateNothing() {
		long before = organizations();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(this.commands.execute(List.of("create-org", "--name", "No Admin"), print(out))).isEqualTo(2);
		assertThat(this.commands.execute(List.of("drop-everything"), print(out))).isEqualTo(2);
		assertThat(this.commands.execute(
				List.of("create-org", "--name", "X", "--admin-email", "a@b.example", "--time-zone", "Mars/Base"),
				print(out)))
			.isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:").contains("Unknown time zone");
		assertThat(organizations()).isEqualTo(before);
	}

	@Test
	void aTakenEmailLeavesNoHalfCreatedOrganization() {
		String email = "taken-" + UUID.randomUUID() + "@hospital.example";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(this.commands.execute(List.of("create-org", "--name", "One", "--admin-email", email), print(out)))
			.isZero();
		long before = organizations();

		int status = this.commands.execute(List.of("create-org", "--name", "Two", "--admin-email", email), print(out));

		assertThat(status).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nothing was created");
		assertThat(organizations()).isEqualTo(before);
	}

	@Test
	void theServiceRefusesAnUnknownTimeZoneWithAValueFreeMessage(@Autowired Organizations service) {
		assertThatThrownBy(() -> service.create("Zone Clinic", "Mars/Olympus_Mons", "test"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Unknown time zone");
	}

	private long organizations() {
		return this.jdbc.sql("select count(*) from organization").query(Long.class).single();
	}

	private static PrintStream print(ByteArrayOutputStream out) {
		return new PrintStream(out, true, StandardCharsets.UTF_8);
	}

}
