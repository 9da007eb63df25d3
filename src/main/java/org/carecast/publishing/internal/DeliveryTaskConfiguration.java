package org.carecast.publishing.internal;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one db-scheduler task of this module: send one delivery. A custom task rather than
 * a plain one-time task, so that "try again later" can move the same execution to the new
 * time instead of removing it.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryTaskConfiguration {

	static final String NAME = "publish-delivery";

	static final TaskDescriptor<Void> TASK = TaskDescriptor.of(NAME, Void.class);

	@Bean
	CustomTask<Void> publishDeliveryTask(DeliveryAttempt attempt) {
		return Tasks.custom(TASK).execute((instance, context) -> {
			var retryAt = attempt.run(UUID.fromString(instance.getId()));
			if (retryAt.isPresent()) {
				return (complete, operations) -> operations.reschedule(complete, retryAt.get());
			}
			return new CompletionHandler.OnCompleteRemove<>();
		});
	}

}
