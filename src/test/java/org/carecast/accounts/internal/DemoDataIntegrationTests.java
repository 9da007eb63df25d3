package org.carecast.accounts.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.UserAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data on its own empty in-memory database, as on a newcomer's first start.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "carecast.demo.enabled=true" })
class DemoDataIntegrationTests {

	@Autowired
	DemoData demoData;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstStartSeedsRiversideHealthWithOnePersonPerRole() {
		List<UUID> ids = this.organizations.ids();
		assertThat(ids).hasSize(1);
		assertThat(this.organizations.find(ids.get(0)).orElseThrow().name()).isEqualTo("Riverside Health");
		List<UserAccount> people = this.users.list(ids.get(0));
		assertThat(people).hasSize(Role.values().length);
		assertThat(people).flatExtracting(UserAccount::roles).containsExactlyInAnyOrder(Role.values());
		assertThat(people).allMatch((u) -> u.enabled() && !u.mustChangePassword());
		Long staff = this.jdbc.sql("select count(*) from staff_member where organization_id = ?")
			.param(ids.get(0))
			.query(Long.class)
			.single();
		assertThat(staff).isGreaterThanOrEqualTo(12);
	}

	@Test
	void aSecondStartSeedsNothing() {
		this.demoData.seedOnFirstStart();
		assertThat(this.organizations.ids()).hasSize(1);
	}

	@Test
	void demoIsOnByDefaultOnlyForTheEmbeddedDatabase() {
		DemoProperties auto = new DemoProperties(null);
		assertThat(auto.enabledFor("jdbc:h2:file:./data/carecast")).isTrue();
		assertThat(auto.enabledFor("jdbc:postgresql://db/carecast")).isFalse();
		assertThat(new DemoProperties(false).enabledFor("jdbc:h2:mem:x")).isFalse();
	}

	@Test
	void signInsArePrintedAsOneBox() {
		Map<String, String> logins = new LinkedHashMap<>();
		logins.put("admin@riverside-health.example (Administrator)", "AAAAA-BBBBB-CCCCC-DDDDD");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DemoData.printOnce(logins, new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Carecast demo sign-ins")
			.contains("admin@riverside-health.example (Administrator)")
			.contains("AAAAA-BBBBB-CCCCC-DDDDD");
	}

}
