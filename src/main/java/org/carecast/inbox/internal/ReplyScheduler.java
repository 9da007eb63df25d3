package org.carecast.inbox.internal;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.carecast.shared.scheduling.RestartableScheduler;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts a reply's task in the caller's transaction (the reply row and its task commit
 * together), and wakes this node's scheduler once committed, so a reply does not wait for
 * the next poll.
 */
@Component
public class ReplyScheduler {

	private final SchedulerClient scheduler;

	private final RestartableScheduler runner;

	ReplyScheduler(SchedulerClient scheduler, RestartableScheduler runner) {
		this.scheduler = scheduler;
		this.runner = runner;
	}

	public void schedule(UUID replyId, Instant at) {
		this.scheduler.scheduleIfNotExists(InboxTaskConfiguration.REPLY_TASK.instance(replyId.toString()).build(), at);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.runner.checkForDueTasks();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				ReplyScheduler.this.runner.checkForDueTasks();
			}

		});
	}

}
