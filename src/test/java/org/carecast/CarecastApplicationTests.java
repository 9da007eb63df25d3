package org.carecast;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application the way {@code java -jar carecast.jar admin ...} does: without a
 * web server, on the test database.
 */
class CarecastApplicationTests {

	@Test
	void anAdminCommandRunsWithoutAWebServerAndExitsWithItsStatus() {
		String email = "cli-" + UUID.randomUUID() + "@clinic.example";
		String[] args = { "admin", "create-org", "--name", "Command Line Clinic", "--admin-email", email };
		try (ConfigurableApplicationContext context = CarecastApplication.application(args).run(args)) {
			Long admins = context.getBean(JdbcClient.class)
				.sql("select count(*) from app_user where email = ?")
				.param(email)
				.query(Long.class)
				.single();
			assertThat(admins).isOne();
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

	@Test
	void aBadAdminCommandExitsWithTwo() {
		String[] args = { "admin", "create-org" };
		try (ConfigurableApplicationContext context = CarecastApplication.application(args).run(args)) {
			assertThat(SpringApplication.exit(context)).isEqualTo(2);
		}
	}

}
