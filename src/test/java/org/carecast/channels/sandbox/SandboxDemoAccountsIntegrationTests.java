package org.carecast.channels.sandbox;

import java.util.List;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a newcomer's first start the demo organization can publish at once: it has a
 * connected sandbox account.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "carecast.demo.enabled=true" })
class SandboxDemoAccountsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelPublisher publisher;

	@Autowired
	SandboxPosts posts;

	@Test
	void theDemoOrganizationHasAConnectedSandboxAccountThatPublishes() {
		UUID riverside = this.jdbc.sql("select id from organization where name = 'Riverside Health'")
			.query(UUID.class)
			.single();
		List<ConnectedAccount> accounts = this.publisher.accounts(riverside);
		assertThat(accounts).singleElement().satisfies((account) -> {
			assertThat(account.network()).isEqualTo(ChannelNetwork.SANDBOX);
			assertThat(account.canPublish()).isTrue();
		});
		OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Welcome to Riverside Health's sandbox.");
		assertThat(this.publisher.publish(riverside, accounts.get(0).id(), post, 0, null))
			.isInstanceOf(PublishOutcome.Published.class);
		assertThat(this.posts.timeline(riverside, 10)).first()
			.satisfies((p) -> assertThat(p.handle()).isEqualTo(accounts.get(0).handle()));
		assertThat(this.jdbc.sql("select count(*) from audit_event where organization_id = ? and action = ?")
			.params(riverside, "channel.connected")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
