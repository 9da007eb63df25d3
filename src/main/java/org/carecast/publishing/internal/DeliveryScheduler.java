package org.carecast.publishing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.slf4j.Logger;
import org.carecast.shared.ConflictException;
import org.carecast.shared.scheduling.RestartableScheduler;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts one-time db-scheduler tasks (instance id = delivery id) in the
 * {@code scheduled_tasks} table, in the caller's transaction: the client works on a
 * transaction-aware data source, so a task and the state change that wants it are
 * committed together. A task that is due already wakes this node's scheduler once the
 * transaction has committed, so "publish now" does not wait for the next poll.
 */
@Component
public class DeliveryScheduler {

	private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

	/**
	 * How often, and how long apart, to try again while a run of the same task finishes.
	 */
	static final int BUSY_ATTEMPTS = 50;

	static final Duration BUSY_WAIT = Duration.ofMillis(100);

	private final SchedulerClient scheduler;

	private final RestartableScheduler runner;

	private final Clock clock;

	DeliveryScheduler(SchedulerClient scheduler, RestartableScheduler runner, Clock clock) {
		this.scheduler = scheduler;
		this.runner = runner;
		this.clock = clock;
	}

	public void schedule(UUID deliveryId, Instant at) {
		var task = DeliveryTaskConfiguration.TASK.instance(deliveryId.toString()).build();
		for (int attempt = 1;; attempt++) {
			try {
				this.scheduler.schedule(task, at, ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
				break;
			}
			catch (TaskInstanceNotFoundException ex) {
				// The delivery's previous task finished between db-scheduler's "exists"
				// check and its reschedule: there is none now, so add it.
				this.scheduler.scheduleIfNotExists(task, at);
				break;
			}
			catch (TaskInstanceCurrentlyExecutingException ex) {
				// The previous run is still finishing: a run that found the organization
				// paused and is only marking the delivery held. It ends in moments and
				// removes its task; then this one can be added.
				if (attempt >= BUSY_ATTEMPTS) {
					throw new ConflictException("delivery_busy",
							"A send of this post is still finishing. Try again in a few seconds.");
				}
				pause(BUSY_WAIT);
			}
		}
		if (!at.isAfter(this.clock.instant())) {
			wakeAfterCommit();
		}
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConflictException("delivery_busy",
					"A send of this post is still finishing. Try again in a few seconds.");
		}
	}

	/**
	 * Puts the task that sends a published delivery's first comment, in the caller's
	 * transaction, so the comment's pending state and its task are committed together.
	 */
	public void scheduleFirstComment(UUID deliveryId, Instant at) {
		this.scheduler.schedule(DeliveryTaskConfiguration.FIRST_COMMENT_TASK.instance(deliveryId.toString()).build(),
				at, ScheduleOptions.WHEN_EXISTS_DO_NOTHING);
		if (!at.isAfter(this.clock.instant())) {
			wakeAfterCommit();
		}
	}

	private void wakeAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.runner.checkForDueTasks();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				DeliveryScheduler.this.runner.checkForDueTasks();
			}

		});
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
