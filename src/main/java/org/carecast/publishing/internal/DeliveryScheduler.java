package org.carecast.publishing.internal;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Puts one-time db-scheduler tasks (instance id = delivery id) in the
 * {@code scheduled_tasks} table, in the caller's transaction: the starter hands the
 * scheduler a transaction-aware data source, so a task and the state change that wants it
 * are committed together.
 */
@Component
public class DeliveryScheduler {

	private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

	private final SchedulerClient scheduler;

	// users.
	DeliveryScheduler(SchedulerClient scheduler) {
		this.scheduler = scheduler;
	}

	public void schedule(UUID deliveryId, Instant at) {
		this.scheduler.schedule(DeliveryTaskConfiguration.TASK.instance(deliveryId.toString()).build(), at,
				ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
	}

	/**
	 * Removes the task if it is still waiting. Best effort: the delivery's state was
	 * changed first, and a task that runs anyway finds nothing to send.
	 */
	public void cancel(UUID deliveryId) {
		try {
			this.scheduler.cancel(TaskInstanceId.of(DeliveryTaskConfiguration.NAME, deliveryId.toString()));
		}
		catch (RuntimeException ex) {
			log.debug("No waiting task for delivery {} ({})", deliveryId, ex.getClass().getSimpleName());
		}
	}

}
