package org.carecast.publishing.internal;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The db-scheduler instance of this node. Built here rather than by the starter's
 * auto-configuration, which orders itself after Spring Boot 3's data source configuration
 * class and so never sees a data source under Spring Boot 4.
 *
 * <p>
 * The data source is transaction-aware, so a task scheduled inside a service method is
 * committed or rolled back together with the state change that wanted it. The scheduler
 * starts after every bean (Flyway included) is ready and stops first on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PublishingProperties.class, PublicAddress.class })
class SchedulerConfiguration {

	/**
	 * Schedules, reschedules and cancels tasks; a plain client of the table, so it works
	 * whether or not this node's scheduler is running.
	 */
	@Bean
	SchedulerClient publishingSchedulerClient(DataSource dataSource, List<Task<?>> tasks) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks).build();
	}

	/**
	 * Runs due tasks while the application runs. A stopped db-scheduler cannot start
	 * again (its executors are gone), so each start builds a fresh one: the test
	 * framework stops and restarts cached application contexts, and so may an operator.
	 */
	@Bean
	SmartLifecycle publishingSchedulerLifecycle(DataSource dataSource, List<Task<?>> tasks,
			PublishingProperties properties) {
		return new SmartLifecycle() {

			private volatile Scheduler scheduler;

			@Override
			public synchronized void start() {
				if (this.scheduler == null) {
					this.scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
						.pollingInterval(properties.pollingInterval())
						.threads(properties.threads())
						.shutdownMaxWait(Duration.ofSeconds(10))
						.build();
					this.scheduler.start();
				}
			}

			@Override
			public synchronized void stop() {
				if (this.scheduler != null) {
					this.scheduler.stop();
					this.scheduler = null;
				}
			}

			@Override
			public boolean isRunning() {
				return this.scheduler != null;
			}

		};
	}

}
