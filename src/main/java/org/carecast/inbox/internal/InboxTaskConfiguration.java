package org.carecast.inbox.internal;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox's db-scheduler tasks, run by the node's shared scheduler: send one reply
 * (instance id = reply id), and once a day remove the text of hidden or deleted items
 * past their retention. A recurring task runs on one node at a time, so the purge is
 * cluster-safe.
 */
@Configuration(proxyBeanMethods = false)
class InboxTaskConfiguration {

	static final TaskDescriptor<Void> REPLY_TASK = TaskDescriptor.of("inbox-reply", Void.class);

	@Bean
	CustomTask<Void> inboxReplyTask(ReplyAttempt attempt) {
		return Tasks.custom(REPLY_TASK).execute((instance, context) -> {
			var retryAt = attempt.run(UUID.fromString(instance.getId()));
			if (retryAt.isPresent()) {
				return (complete, operations) -> operations.reschedule(complete, retryAt.get());
			}
			return new CompletionHandler.OnCompleteRemove<>();
		});
	}

	@Bean
	RecurringTask<Void> inboxRetentionPurgeTask(RetentionPurge purge) {
		return Tasks.recurring("inbox-retention-purge", Schedules.daily(java.time.LocalTime.of(3, 30)))
			.execute((instance, context) -> purge.run());
	}

}
