package org.carecast.publishing;

import java.util.List;
import java.util.UUID;

import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelPublisher;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application with the networks mocked, and a fresh clinic for every test, so
 * no test sees another's posts. Accounts are made through {@link #accounts}; the
 * subclasses share one cached context as long as they add no configuration of their own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
public abstract class PublishingIntegrationSupport {

	@MockitoBean
	protected ChannelPublisher publisher;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected TestOrganizations organizations;

	@Autowired
	protected Posts posts;

	@Autowired
	protected PostReview review;

	@Autowired
	protected JdbcClient jdbc;

	protected TestOrganization clinic;

	protected PublishingFixture accounts;

	@BeforeEach
	protected void newClinic() {
		this.accounts = new PublishingFixture(this.publisher);
		this.clinic = this.organizations.create();
	}

	/** How many db-scheduler tasks exist for the instance (a delivery's id). */
	protected long taskRows(UUID taskInstance) {
		return this.jdbc.sql("select count(*) from scheduled_tasks where task_instance = ?")
			.param(taskInstance.toString())
			.query(Long.class)
			.single();
	}

	/** The audit actions recorded about a resource, oldest first. */
	protected List<String> actions(UUID resourceId) {
		return this.jdbc.sql("select action from audit_event where resource_id = ? order by seq")
			.param(resourceId.toString())
			.query(String.class)
			.list();
	}

}
