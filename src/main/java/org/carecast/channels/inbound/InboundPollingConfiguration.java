package org.carecast.channels.inbound;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring db-scheduler task that polls inbound streams. db-scheduler keeps one
 * execution of a recurring task for the whole cluster and hands it to one node at a time,
 * so two nodes never poll at once; a node that dies mid-poll loses its claim after the
 * missed heartbeats and another node polls from the stored cursors. Off with
 * {@code carecast.channels.inbound.polling=false} (the tests, which poll directly).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "carecast.channels.inbound.polling", havingValue = "true", matchIfMissing = true)
class InboundPollingConfiguration {

	static final String NAME = "poll-inbound";

	@Bean
	RecurringTask<Void> pollInboundTask(InboundPoller poller, InboundProperties properties) {
		return Tasks.recurring(NAME, FixedDelay.of(properties.pollInterval()))
			.execute((instance, context) -> poller.pollAll());
	}

}
