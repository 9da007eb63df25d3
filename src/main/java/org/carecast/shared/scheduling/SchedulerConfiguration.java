package org.carecast.shared.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The db-scheduler of this node, shared by every module: each contributes its own
 * {@link Task} beans (publishing its deliveries, the inbox its replies and purge), and
 * this one scheduler runs them all. Built here rather than by the starter's
 * auto-configuration, which orders itself after Spring Boot 3's data source configuration
 * class and so never sees a data source under Spring Boot 4.
 *
 * <p>
 * Scheduling goes through a plain client on a transaction-aware data source, so a task
 * scheduled inside a service method is committed or rolled back together with the state
 * change that wanted it. The scheduler that runs the tasks starts after every bean
 * (Flyway included) is ready and stops first on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerProperties.class)
class SchedulerConfiguration {

	/**
	 * db-scheduler's default: a task is taken from a node that missed this many
	 * heartbeats in a row.
	 */
	static final int MISSED_HEARTBEATS = 6;

	@Bean
	SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks).build();
	}

	@Bean
	RestartableScheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
			ObjectProvider<RecurringTask<?>> recurringTasks, SchedulerProperties properties) {
		// Recurring tasks (any module's, such as the channels' inbound polling or the
		// inbox's retention purge) are scheduled at start; db-scheduler keeps one
		// execution of each across the cluster.
		List<RecurringTask<?>> recurring = recurringTasks.orderedStream().toList();
		// startTasks registers the recurring ones itself; naming them twice is refused.
		List<Task<?>> oneTime = tasks.stream().filter((t) -> !(t instanceof RecurringTask)).toList();
		return new RestartableScheduler(() -> Scheduler.create(dataSource, oneTime)
			.startTasks(recurring)
			.pollingInterval(properties.pollingInterval())
			.threads(properties.threads())
			.heartbeatInterval(properties.heartbeatInterval())
			.missedHeartbeatsLimit(MISSED_HEARTBEATS)
			.shutdownMaxWait(Duration.ofSeconds(10))
			.build());
	}

}
