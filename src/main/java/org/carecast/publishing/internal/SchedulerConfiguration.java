package org.carecast.publishing.internal;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
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

	@Bean(destroyMethod = "")
	Scheduler publishingScheduler(DataSource dataSource, List<Task<?>> tasks, PublishingProperties properties) {
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
			.pollingInterval(properties.pollingInterval())
			.threads(properties.threads())
			.enableImmediateExecution()
			.shutdownMaxWait(Duration.ofSeconds(10))
			.build();
	}

	@Bean
	SmartLifecycle publishingSchedulerLifecycle(Scheduler scheduler) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				scheduler.start();
				this.running = true;
			}

			@Override
			public void stop() {
				scheduler.stop();
				this.running = false;
			}

			@Override
			public boolean isRunning() {
				return this.running;
			}

		};
	}

}
