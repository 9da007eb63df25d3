package org.carecast.publishing.internal;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks of this module: send one delivery, and send one published
 * delivery's first comment. Custom tasks rather than plain one-time tasks, so that "try
 * again later" can move the same execution to the new time instead of removing it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublishingProperties.class)
class DeliveryTaskConfiguration {

	static final String NAME = "publish-delivery";

	static final TaskDescriptor<Void> TASK = TaskDescriptor.of(NAME, Void.class);

	static final String FIRST_COMMENT_NAME = "publish-first-comment";

	static final TaskDescriptor<Void> FIRST_COMMENT_TASK = TaskDescriptor.of(FIRST_COMMENT_NAME, Void.class);

	@Bean
	CustomTask<Void> publishFirstCommentTask(FirstCommentAttempt attempt) {
		return Tasks.custom(FIRST_COMMENT_TASK).execute((instance, context) -> {
			var retryAt = attempt.run(UUID.fromString(instance.getId()));
			if (retryAt.isPresent()) {
				return (complete, operations) -> operations.reschedule(complete, retryAt.get());
			}
			return new CompletionHandler.OnCompleteRemove<>();
		});
	}

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
